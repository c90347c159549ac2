// SPDX-License-Identifier: GPL-3.0-or-later
// The seed 002 §2.1 fixture database.
#include "seed002fixture.h"

#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

#include <optional>

namespace Tertial::Test {

namespace {

struct Row
{
    const char *name;
    std::optional<std::int64_t> income, cost, budgetYear, budgetPeriod, forecast;
};

// seed 002 §2.1 as printed (tkr); a blank cell is absent. Myndighet och huvudmannaskap prints
// periodens budget -93 593 (not -112 169 × 10/12), Preliminärbokförda fakturor 0 without a
// helår budget: those two are entered budget_period figures.
const Row rows[] = {
    {"Preliminärbokförda fakturor", std::nullopt, -190, std::nullopt, 0, 0},
    {"Barn och unga", 3'970, -92'522, -103'783, std::nullopt, -107'623},
    {"Vuxna 21-64 år", 14'563, -46'091, -45'229, std::nullopt, -39'000},
    {"Personer med funktionsnedsättning", 28'075, -384'352, -445'548, std::nullopt, -427'800},
    {"Gemensam socialtjänst", 82, -5'722, -8'317, std::nullopt, -7'000},
    {"Myndighet och huvudmannaskap", 0, -96'456, -112'169, -93'593, -120'198},
    {"Nämnd och nämndstöd", std::nullopt, -1'983, -2'766, std::nullopt, -2'406},
};

} // namespace

std::unique_ptr<Models::Document> seed002Document(const QString &path)
{
    auto store = Storage::SqliteStore::create(path.toStdString());
    EXPECT_TRUE(store) << (store ? "" : store.error().message);
    if (!store)
        return nullptr;
    (*store)->setUser("test");
    (*store)->setClock([] { return std::string("2017-11-06T09:00:00Z"); });

    Storage::ImportBatch batch;
    batch.kommuner.push_back({"0182", "Nacka", Storage::Kommun::Kind::Kommun, "01"});
    const Storage::NamndRef namnd{"0182", "SOCN"};
    batch.namnder.push_back({{"fixture", 1}, namnd, "Socialnämnden"});
    int line = 1;
    for (const Row &row : rows) {
        ++line;
        batch.verksamheter.push_back({{"fixture", line}, namnd, row.name, line, false, "linjär"});
        auto add = [&](Storage::Measure measure, std::optional<std::int64_t> tkr) {
            if (!tkr)
                return;
            Storage::FigureRow figure;
            figure.source = {"fixture", line};
            figure.namnd = namnd;
            figure.path = row.name;
            figure.year = kSeed002Year;
            if (Storage::measureHasMonth(measure))
                figure.month = 10;
            figure.measure = measure;
            figure.amount = Core::Money::fromThousands(*tkr);
            batch.figures.push_back(figure);
        };
        add(Storage::Measure::ActualIncome, row.income);
        add(Storage::Measure::ActualCost, row.cost);
        add(Storage::Measure::Budget, row.budgetYear);
        add(Storage::Measure::BudgetPeriod, row.budgetPeriod);
        add(Storage::Measure::Forecast, row.forecast);
    }
    auto applied = (*store)->apply(batch, "testdata");
    EXPECT_TRUE(applied) << (applied ? "" : applied.error().message);
    auto found = (*store)->findNamnd("0182", "SOCN");
    EXPECT_TRUE(found && *found);
    if (!found || !*found)
        return nullptr;
    const Storage::Id namndId = (**found).id;

    auto document = std::make_unique<Models::Document>(std::move(*store));
    auto selected = document->select({"0182", namndId, kSeed002Year, kSeed002Period});
    EXPECT_TRUE(selected) << (selected ? "" : selected.error().message);
    return document;
}

Storage::Id verksamhetId(const Models::Document &document, const std::string &name)
{
    for (const Storage::Verksamhet &v : document.verksamheter())
        if (v.name == name)
            return v.id;
    return 0;
}

} // namespace Tertial::Test
