// SPDX-License-Identifier: GPL-3.0-or-later
// A verksamhet's result per tertial: each tertial is its cumulative table less the one before.
#include "tertialsplit.h"

#include "core/svformat.h"
#include "core/swedishlist.h"

#include <optional>

namespace Tertial::Reports::Sections {

namespace {

const char *const monthShort[] = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};

std::string tkr(std::optional<Core::Money> amount)
{
    return amount ? Core::formatAmount(*amount, Core::AmountUnit::Thousands) : std::string();
}

const Core::EconomicRow *rowOf(const Core::EconomicTable &table, Storage::Id id)
{
    for (const Core::EconomicRow &row : table.rows)
        if (row.id == id)
            return &row;
    return nullptr;
}

// this − before; the first tertial has nothing before it.
std::optional<Core::Money> part(std::optional<Core::Money> now, std::optional<Core::Money> before, bool first)
{
    if (!now || (!first && !before))
        return std::nullopt;
    return first ? *now : *now - *before;
}

} // namespace

Table tertialSplitTable(const ReportData &data, Storage::Id verksamhet, const std::string &label)
{
    Table table;
    std::string name;
    std::vector<std::optional<Core::Money>> actual, budget, deviation;
    const Core::EconomicRow *previous = nullptr;
    for (const auto &[month, source] : data.tertialTables) {
        const Core::EconomicRow *row = rowOf(source, verksamhet);
        if (!row || !row->values.actualNet)
            return {};
        name = row->name;
        const bool first = previous == nullptr;
        const auto &v = row->values;
        actual.push_back(part(v.actualNet, previous ? previous->values.actualNet : std::nullopt, first));
        budget.push_back(part(v.budgetPeriod, previous ? previous->values.budgetPeriod : std::nullopt, first));
        deviation.push_back(part(v.budgetDeviation, previous ? previous->values.budgetDeviation : std::nullopt, first));
        previous = row;
    }
    if (!previous)
        return {};
    const auto &year = previous->values; // cumulative: the year so far
    const std::string who = label.empty() ? Core::inSentence(name) : label;
    const std::string y = std::to_string(data.request.year);
    table.caption = Core::capitalized(who) + " per tertial, tkr";
    std::vector<HeaderCell> header{{"Tkr", 1}};
    for (std::size_t i = 0; i < actual.size(); ++i)
        header.push_back({"T" + std::to_string(i + 1), 1});
    header.push_back({data.request.month == 12 ? "År " + y : "Jan\u2013" + std::string(monthShort[data.request.month - 1]) + " " + y, 1});
    table.header.push_back(std::move(header));
    table.columns.assign(actual.size() + 2, ColumnKind::Number);
    table.columns[0] = ColumnKind::Text;
    auto add = [&](const std::string &text, const std::vector<std::optional<Core::Money>> &parts,
                   std::optional<Core::Money> whole, TableRow::Kind kind) {
        TableRow row{{text}, kind, 0};
        for (const auto &amount : parts)
            row.cells.push_back(tkr(amount));
        row.cells.push_back(tkr(whole));
        table.rows.push_back(std::move(row));
    };
    add("Nettokostnad " + who, actual, year.actualNet, TableRow::Kind::Normal);
    add("Budget " + who, budget, year.budgetPeriod, TableRow::Kind::Normal);
    add("Budgetavvikelse", deviation, year.budgetDeviation, TableRow::Kind::Total);
    return table;
}

} // namespace Tertial::Reports::Sections
