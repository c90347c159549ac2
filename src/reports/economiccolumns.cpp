// SPDX-License-Identifier: GPL-3.0-or-later
// The column catalogue of the economic tables: which value of a row a template's column key shows.
#include "economiccolumns.h"

#include "reportsections.h"
#include "tablecolumns.h"

#include "core/svformat.h"

#include <chrono>
#include <functional>

namespace Tertial::Reports::Sections {

using Core::EconomicRow;
using Core::EconomicValues;
using Core::Money;

namespace {

struct Column final
{
    std::string_view key;
    std::string_view header; // when the template gives none
    // A cost-side amount: printed positive when the template prints costs positive (seed 003).
    bool costSide = false;
    std::function<std::optional<Money>(const EconomicValues &)> money;
    std::function<std::optional<double>(const EconomicValues &, const ReportTemplate &)> ratio;
};

const std::vector<Column> &catalogue()
{
    static const std::vector<Column> columns{
        {"utfall_intakter", "Utfall intäkter", false, [](const EconomicValues &v) { return v.actualIncome; }, {}},
        {"utfall_kostnader", "Utfall kostnader", true, [](const EconomicValues &v) { return v.actualCost; }, {}},
        {"utfall_netto", "Utfall netto", true, [](const EconomicValues &v) { return v.actualNet; }, {}},
        {"budget_period_intakter", "Budget intäkter", false, [](const EconomicValues &v) { return v.budgetPeriodIncome; }, {}},
        {"budget_period_kostnader", "Budget kostnader", true, [](const EconomicValues &v) { return v.budgetPeriodCost; }, {}},
        {"budget_period", "Budget netto", true, [](const EconomicValues &v) { return v.budgetPeriod; }, {}},
        {"budgetavvikelse", "Budget\u00ADavvikelse", false, [](const EconomicValues &v) { return v.budgetDeviation; }, {}},
        {"avvikelse_procent", "i procent", false, {},
         [](const EconomicValues &v, const ReportTemplate &style) {
             return Core::deviationPercent(v.budgetDeviation, style.percentBase == Core::PercentBase::Budget ? v.budgetPeriod
                                                                                                           : v.actualNet);
         }},
        {"budget_intakter", "Budget intäkter", false, [](const EconomicValues &v) { return v.budgetYearIncome; }, {}},
        {"budget_kostnader", "Budget kostnader", true, [](const EconomicValues &v) { return v.budgetYearCost; }, {}},
        {"budget_helar", "Budget netto", true, [](const EconomicValues &v) { return v.budgetYear; }, {}},
        {"prognos", "Prognos netto", true, [](const EconomicValues &v) { return v.forecast; }, {}},
        {"prognosavvikelse", "Prognos\u00ADavvikelse", false, [](const EconomicValues &v) { return v.forecastDeviation; }, {}},
        {"utfall_fg_ar", "Utfall {fg_år}", true, [](const EconomicValues &v) { return v.previousYearActualNet; }, {}},
        {"forandring", "Förändring", false, [](const EconomicValues &v) { return v.change; }, {}},
        {"forandring_procent", "i procent", false, {},
         [](const EconomicValues &v, const ReportTemplate &) { return v.changePercent; }},
    };
    return columns;
}

const Column &column(const std::string &key)
{
    for (const Column &c : catalogue())
        if (c.key == key)
            return c;
    return catalogue().front(); // unreachable: the template loader checks every key
}

std::string option(const LayoutItem &item, const std::string &key, const std::string &fallback = {})
{
    auto it = item.options.find(key);
    return it == item.options.end() ? fallback : it->second;
}

void replaceAll(std::string &text, const std::string &from, const std::string &to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

} // namespace

std::string expandPlaceholders(const std::string &text, const ReportData &data)
{
    if (text.find('{') == std::string::npos)
        return text;
    const int y = data.request.year;
    const int m = data.request.month;
    const unsigned lastDay = m >= 1 && m <= 12
        ? static_cast<unsigned>(std::chrono::year_month_day_last{std::chrono::year{y} / std::chrono::month{static_cast<unsigned>(m)}
                                                                 / std::chrono::last}
                                    .day())
        : 0;
    std::string period = capitalizedPeriod(y, m);
    if (!period.empty())
        period[0] = 'j'; // mid-sentence: "januari–augusti 2021"
    std::string out = text;
    replaceAll(out, "{fg_år}", std::to_string(y - 1));
    replaceAll(out, "{år}", std::to_string(y));
    replaceAll(out, "{år-2}", std::to_string(y - 2));
    for (int ahead = 1; ahead <= 4; ++ahead) // the investment table's coming years (seed 002 §3.1)
        replaceAll(out, "{år+" + std::to_string(ahead) + "}", std::to_string(y + ahead));
    replaceAll(out, "{månad}", monthName(m));
    replaceAll(out, "{mån}", monthName(m).substr(0, 3));
    std::string shortMonth = monthName(m).substr(0, 3);
    if (!shortMonth.empty())
        shortMonth[0] = static_cast<char>(shortMonth[0] - 'a' + 'A'); // "Aug 2021" (seed 003); month names start in a-z
    replaceAll(out, "{Mån}", shortMonth);
    replaceAll(out, "{dag}", std::to_string(lastDay));
    replaceAll(out, "{nämnd}", data.namnd.name);
    replaceAll(out, "{kommun}", data.kommunName);
    replaceAll(out, "{period}", period);
    return out;
}

std::vector<ColumnSpec> resolvedColumns(const std::vector<ColumnSpec> &columns, const ReportData &data)
{
    std::vector<ColumnSpec> resolved;
    for (const ColumnSpec &spec : columns)
        resolved.push_back({spec.value,
                            expandPlaceholders(spec.header.empty() ? std::string(column(spec.value).header) : spec.header, data),
                            expandPlaceholders(spec.group, data)});
    return resolved;
}

std::string economicCell(const std::string &key, const EconomicValues &values, const ReportTemplate &style, bool flipCosts)
{
    const Column &c = column(key);
    if (c.ratio) {
        const auto ratio = c.ratio(values, style);
        return ratio ? Core::formatPercent(*ratio, 1) : std::string();
    }
    auto amount = c.money(values);
    if (amount && c.costSide && flipCosts)
        amount = -*amount;
    return amount ? Core::formatAmount(*amount, Core::AmountUnit::Thousands) : std::string();
}

Table economicTable(const ReportData &data, const ReportTemplate &style, const LayoutItem &item)
{
    Table table;
    table.caption = expandPlaceholders(option(item, "caption", "Ekonomisk tabell, tkr"), data);
    const std::string first = expandPlaceholders(option(item, "firstColumn", "Verksamhet, tkr"), data);
    const std::vector<ColumnSpec> columns = resolvedColumns(item.columns, data);
    setHeader(table, first, true, columns);
    table.columns.push_back(ColumnKind::Text);
    table.columns.insert(table.columns.end(), columns.size(), ColumnKind::Number);

    auto add = [&](const EconomicRow &row, const std::string &name, bool total) {
        TableRow line{{name}, total ? TableRow::Kind::Total : row.leaf ? TableRow::Kind::Normal : TableRow::Kind::Subtotal,
                      total ? 0 : row.depth - 1};
        for (const ColumnSpec &spec : columns)
            line.cells.push_back(economicCell(spec.value, row.values, style, style.costsPositive));
        table.rows.push_back(std::move(line));
    };
    for (const EconomicRow &row : data.table.rows)
        add(row, row.name, false);
    add(data.table.total, expandPlaceholders(option(item, "totalLabel", data.table.total.name), data), true);
    return table;
}

} // namespace Tertial::Reports::Sections
