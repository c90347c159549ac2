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

void addRegisters(Storage::ImportBatch &batch, const Storage::NamndRef &namnd)
{
    const Storage::SourceRef source{"fixture", 100};
    // seed 002 §4 "Antal personer 2017", personlig assistans, jan..okt.
    const double persons[] = {45, 48, 46, 44, 45, 49, 50, 50, 49, 46};
    for (int month = 1; month <= 10; ++month) {
        Storage::Volume volume;
        volume.year = kSeed002Year;
        volume.month = month;
        volume.serviceType = "Personlig assistans";
        volume.measure = Core::VolumeMeasure::Persons;
        volume.value = persons[month - 1];
        batch.volumes.push_back({source, namnd, "Personer med funktionsnedsättning", volume});
    }
    // seed 002 §4: the two action plans followed up in the oktober report.
    batch.actions.push_back({source, namnd, {0, kSeed002Year, 10, "Attrahera, rekrytera och behålla personal",
                                             "Gemensamma mallar, traineeprogram, digitalt kvalitetsledningssystem",
                                             Core::ActionStatus::InProgress, "Sex vakanta tjänster på barn och familjeenheten"}});
    batch.actions.push_back({source, namnd, {0, kSeed002Year, 10, "Personlig assistans inom budget",
                                             "Översyn av beslut, tillfälliga beslut, omprövningsförbehåll", Core::ActionStatus::InProgress,
                                             "Antalet beviljade timmar per person har minskat sedan augusti"}});
    // seed 000 §5 (Nacka 2020), placed in 2017: utfall, previous year, målvärde.
    struct IndicatorInput
    {
        const char *code, *area, *name, *unit, *kind;
        double actual, previous, target;
    };
    const IndicatorInput indicators[] = {
        {"SB", "Trygghet", "Andel vuxna som får den hjälp de vill ha i sin servicebostad", "%", "minst", 70, 81, 85},
        {"MM", "Trygghet", "Andel ungdomar drogfria vid avslutad insats på MiniMaria", "%", "minst", 78, 82, 80},
        {"GB", "Trygghet", "Andel vuxna som får den hjälp de vill ha i sin gruppbostad", "%", "minst", 82, 77, 80},
        {"VB", "Trygghet", "Antal vräkta barn", "antal", "högst", 4, 0, 0},
    };
    for (const IndicatorInput &input : indicators) {
        Storage::Indicator indicator;
        indicator.code = input.code;
        indicator.area = input.area;
        indicator.name = input.name;
        indicator.unit = input.unit;
        indicator.targetKind = *Core::targetKindFromCode(input.kind);
        indicator.direction = indicator.targetKind == Core::TargetKind::AtLeast ? Core::Direction::HigherIsBetter
                                                                                : Core::Direction::LowerIsBetter;
        indicator.source = "seed 000 §5";
        batch.indicators.push_back({source, namnd, indicator});
        // Reported in october, the month the fixture selects: a period shows the values reported
        // by its month (a yearly value only at the year's end), as the drafts do.
        batch.indicatorValues.push_back({source, namnd, input.code, {0, kSeed002Year, 10, input.actual, input.target}});
        batch.indicatorValues.push_back({source, namnd, input.code, {0, kSeed002Year - 1, std::nullopt, input.previous, std::nullopt}});
    }
    // seed 003 "Investeringar" (tkr), canonical signs: costs negative.
    struct InvestmentInput { const char *project; std::int64_t budget, forecast, budgetPeriod, actual; };
    const InvestmentInput investments[] = {{"Ombyggnad Klockarvägen", 237, 237, 237, 237},
                                           {"Arbetsmiljö, Röntgenvägen", 539, 539, 539, 539},
                                           {"Digital mötesbokning", 250, 250, 0, 0},
                                           {"Oförutsedda investeringar", 474, 0, 224, 0}};
    for (const InvestmentInput &input : investments)
        batch.investments.push_back({source, namnd, {0, kSeed002Year, 10, input.project,
                                                     Core::Money::fromThousands(-input.budget),
                                                     Core::Money::fromThousands(-input.forecast),
                                                     Core::Money::fromThousands(-input.budgetPeriod),
                                                     Core::Money::fromThousands(-input.actual), {}, {}, {}, {}, {}, {}}});
    // seed 003 "Riktade statsbidrag" (tkr): bidrag, kostnad, inräknat i budget, i prognos.
    struct GrantInput { const char *name; std::int64_t grant, cost, inBudget, inForecast; };
    const GrantInput grants[] = {{"Personligt ombud", 1214, 2295, 1208, 1214},
                                 {"Uppdrag psykisk hälsa 2021", 1655, 1655, 1046, 1655},
                                 {"Sociala insatser för barn och unga i utsatta områden 2021", 1919, 1919, 575, 1919},
                                 {"NOA-medel, statliga medel till avhopparverksamhet", 2450, 5215, 0, 2450}};
    for (const GrantInput &input : grants)
        batch.stateGrants.push_back({source, namnd, {0, kSeed002Year, 10, input.name, Core::Money::fromThousands(input.grant),
                                                     std::nullopt, Core::Money::fromThousands(input.cost),
                                                     Core::Money::fromThousands(input.inBudget),
                                                     Core::Money::fromThousands(input.inForecast)}});
}

} // namespace

Core::Result<Storage::Id> writeSeed002(Storage::Store &store, bool registers)
{
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
    if (registers)
        addRegisters(batch, namnd);
    if (auto applied = store.apply(batch, "testdata"); !applied)
        return std::unexpected(applied.error());
    auto found = store.findNamnd("0182", "SOCN");
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return Core::fail(Core::ErrorCode::NotFound, "SOCN saknas");
    return (**found).id;
}

std::unique_ptr<Models::Document> seed002Document(const QString &path)
{
    auto store = Storage::SqliteStore::create(path.toStdString());
    EXPECT_TRUE(store) << (store ? "" : store.error().message);
    if (!store)
        return nullptr;
    (*store)->setUser("test");
    (*store)->setClock([] { return std::string("2017-11-06T09:00:00Z"); });
    auto namndId = writeSeed002(**store, false);
    EXPECT_TRUE(namndId) << (namndId ? "" : namndId.error().message);
    if (!namndId)
        return nullptr;
    auto document = std::make_unique<Models::Document>(std::move(*store));
    auto selected = document->select({"0182", *namndId, kSeed002Year, kSeed002Period});
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
