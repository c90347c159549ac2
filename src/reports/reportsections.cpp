// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces the report builders share: tables, sentences, registers, placeholders.
#include "reportsections.h"

#include "sentencewording.h"

#include "core/deviation.h"
#include "core/stategrant.h"
#include "core/standardsentences.h"
#include "core/svformat.h"
#include "core/swedishlist.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace Tertial::Reports::Sections {

using Core::EconomicRow;
using Core::Money;

namespace {

const char *const monthNames[] = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                                  "juli",    "augusti",  "september", "oktober", "november", "december"};
const char *const monthShort[] = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};

std::string tkr(std::optional<Money> amount, bool negate = false)
{
    if (!amount)
        return {};
    return Core::formatAmount(negate ? -*amount : *amount, Core::AmountUnit::Thousands);
}

std::string percent(std::optional<double> ratio)
{
    return ratio ? Core::formatPercent(*ratio, 1) : std::string();
}

std::string indicatorValue(std::optional<double> value, const std::string &unit)
{
    if (!value || std::isnan(*value))
        return {};
    const bool whole = std::abs(*value - std::round(*value)) < 1e-9;
    std::string text = Core::formatNumber(*value, whole ? 0 : 1);
    if (unit == "%")
        text += " %";
    return text;
}

std::vector<HeaderCell> plainHeader(std::initializer_list<const char *> cells)
{
    std::vector<HeaderCell> header;
    for (const char *cell : cells)
        header.push_back({cell, 1});
    return header;
}

std::vector<ColumnKind> textThenNumbers(std::size_t numbers)
{
    std::vector<ColumnKind> columns{ColumnKind::Text};
    columns.insert(columns.end(), numbers, ColumnKind::Number);
    return columns;
}

// The top-level rows the sentences speak of, with whether each has a budget for what is compared:
// for the period a periodens budget or a budget helår (seed 003 "Ensamkommande barn och unga":
// budget helår 0, periodens budget 348 tkr, avvikelse −1 070 tkr, is a verksamhet over its
// budget); for the year a budget helår or a prognos. Bookings with neither (seed 002
// "Preliminärbokförda fakturor") are left out of the lists.
std::vector<Core::DeviationItem> deviationItems(const ReportData &data, bool forecast)
{
    auto nonZero = [](const std::optional<Money> &m) { return m && !m->isZero(); };
    std::vector<Core::DeviationItem> items;
    for (const EconomicRow &row : data.table.rows) {
        if (row.memo || row.depth != 1)
            continue;
        const auto &v = row.values;
        const auto &deviation = forecast ? v.forecastDeviation : v.budgetDeviation;
        if (!deviation)
            continue;
        const bool hasBudget = nonZero(v.budgetYear) || nonZero(forecast ? v.forecast : v.budgetPeriod);
        items.push_back({row.name, *deviation, hasBudget});
    }
    return items;
}

std::string forecastLabel(int month)
{
    if (month % 4 == 0)
        return "Prognos T" + std::to_string(month / 4);
    return "Prognos " + monthName(month);
}

} // namespace

void Writer::heading(int level, const std::string &text)
{
    m_document.blocks.emplace_back(Heading{std::clamp(level, 1, 3), true, text});
}

void Writer::unnumbered(int level, const std::string &text)
{
    m_document.blocks.emplace_back(Heading{std::clamp(level, 1, 3), false, text});
}

void Writer::paragraph(const std::string &text, Paragraph::Kind kind)
{
    if (!text.empty())
        m_document.blocks.emplace_back(Paragraph{kind, text});
}

std::string monthName(int month)
{
    return month >= 1 && month <= 12 ? monthNames[month - 1] : std::string();
}

std::string capitalizedPeriod(int year, int month)
{
    if (month == 1)
        return "Januari " + std::to_string(year);
    return "Januari\u2013" + monthName(month) + " " + std::to_string(year);
}

Cover cover(const ReportData &data, const std::string &title)
{
    Cover result;
    result.kommun = data.kommunName + " kommun";
    result.namnd = data.namnd.name;
    result.title = title;
    result.period = capitalizedPeriod(data.request.year, data.request.month);
    result.diarienummer = data.request.diarienummer.empty() ? "[Skriv: diarienummer]" : data.request.diarienummer;
    return result;
}

void periodSentences(Writer &out, const ReportData &data, bool withVerksamheter)
{
    const auto &total = data.table.total.values;
    if (!total.budgetDeviation)
        return;
    const std::string subject = data.request.month == 12 ? "budget" : "periodens budget";
    std::string first = wordedSentence(out.style(), "periodResult", *total.budgetDeviation, data)
                            .value_or(Core::periodResultSentence(data.namnd.name, *total.budgetDeviation));
    if (withVerksamheter)
        first += " " + Core::verksamhetOutcomeSentence(deviationItems(data, false), subject);
    out.paragraph(first);
    if (withVerksamheter)
        out.paragraph(Core::largestDeviationsSentence(deviationItems(data, false)));
}

void forecastSentences(Writer &out, const ReportData &data)
{
    const auto &total = data.table.total.values;
    if (!total.forecastDeviation) {
        out.placeholder("helårsprognos (ingen prognos finns för perioden)");
        return;
    }
    if (auto worded = wordedSentence(out.style(), "forecastResult", *total.forecastDeviation, data)) {
        out.paragraph(*worded);
        return;
    }
    const std::string previous = data.previousForecastMonth > 0
        ? "prognosen i " + monthName(data.previousForecastMonth)
        : std::string();
    out.paragraph(Core::forecastSentence(*total.forecastDeviation,
                                         data.previousForecastMonth > 0 ? data.previousForecastDeviation : std::nullopt,
                                         previous));
}

void verksamhetComment(Writer &out, const ReportData &data, const EconomicRow &row)
{
    if (auto it = data.comments.find(row.id); it != data.comments.end())
        out.paragraph(it->second, Paragraph::Kind::Comment);
    else
        out.placeholder("kommentar för " + Core::inSentence(row.name));
}

Table kontoslagTable(const Core::EconomicTable &source, const ReportData &data, const ReportTemplate &style)
{
    Table table;
    table.caption = "Driftredovisning, tkr";
    table.header.push_back({{"Driftredovisning, tkr", 1}, {"Helår", 3},
                            {"Perioden januari\u2013" + monthName(data.request.month), 3},
                            {"Föregående år", 1}});
    table.header.push_back(plainHeader({"", "Budget", "Prognos", "Avvikelse", "Budget", "Utfall", "Avvikelse", "Utfall"}));
    table.columns = textThenNumbers(7);
    // Income rows stay positive; cost rows and the result flip when the template prints costs positive.
    bool inCosts = false;
    auto add = [&](const EconomicRow &row, bool total, bool subtotal) {
        const bool flip = style.costsPositive && (inCosts || total);
        const auto &v = row.values;
        table.rows.push_back({{row.name, tkr(v.budgetYear, flip), tkr(v.forecast, flip), tkr(v.forecastDeviation),
                               tkr(v.budgetPeriod, flip), tkr(v.actualNet, flip), tkr(v.budgetDeviation),
                               tkr(v.previousYearActualNet, flip)},
                              total ? TableRow::Kind::Total : subtotal ? TableRow::Kind::Subtotal : TableRow::Kind::Normal,
                              subtotal || total ? 0 : 1});
    };
    for (const EconomicRow &row : source.rows) {
        if (row.id == Core::kontoslagCostGroupId)
            inCosts = true;
        const bool group = row.id == Core::kontoslagIncomeGroupId || row.id == Core::kontoslagCostGroupId;
        add(row, false, group);
    }
    add(source.total, true, false);
    return table;
}

Table annualVerksamhetTable(const ReportData &data, const ReportTemplate &style, const EconomicRow &parent)
{
    const std::string y = std::to_string(data.request.year);
    const std::string py = std::to_string(data.request.year - 1);
    Table table;
    table.caption = parent.name + ", tkr";
    table.header.push_back(plainHeader({"Tkr", "", "", "Budget\u00ADavvikelse", "i procent", "", "", "För\u00ADändring", "i procent"}));
    table.header.back()[1].text = "Utfall " + y;
    table.header.back()[2].text = "Budget " + y;
    table.header.back()[5].text = data.forecastMonth > 0 ? forecastLabel(data.forecastMonth) : "Prognos";
    table.header.back()[6].text = "Utfall " + py;
    table.columns = textThenNumbers(8);
    const bool flip = style.costsPositive;
    auto add = [&](const EconomicRow &row, TableRow::Kind kind, int indent) {
        const auto &v = row.values;
        const auto base = style.percentBase == Core::PercentBase::Budget ? v.budgetPeriod : v.actualNet;
        table.rows.push_back({{row.name, tkr(v.actualNet, flip), tkr(v.budgetPeriod, flip), tkr(v.budgetDeviation),
                               percent(Core::deviationPercent(v.budgetDeviation, base)), tkr(v.forecast, flip),
                               tkr(v.previousYearActualNet, flip), tkr(v.change), percent(v.changePercent)},
                              kind, indent});
    };
    bool inside = false;
    for (const EconomicRow &row : data.detail.rows) {
        if (row.depth == 1) {
            inside = row.id == parent.id;
            continue;
        }
        if (inside)
            add(row, TableRow::Kind::Normal, 0);
    }
    if (table.rows.empty())
        return table;
    for (const EconomicRow &row : data.detail.rows)
        if (row.id == parent.id) {
            EconomicRow sum = row;
            sum.name = "Summa " + Core::inSentence(row.name);
            add(sum, TableRow::Kind::Total, 0);
        }
    return table;
}

ChartSlot budgetChart(const ReportData &data)
{
    ChartSlot chart;
    chart.id = "budget";
    chart.kind = ChartSlot::Kind::Budget;
    std::string period = capitalizedPeriod(data.request.year, data.request.month);
    period[0] = 'j'; // mid-sentence: "januari–augusti 2021"
    chart.title = "Budget, utfall och prognos per verksamhet " + period;
    chart.valueAxis = "tkr";
    chart.subject = data.namnd.name;
    chart.year = data.request.year;
    chart.month = data.request.month;
    for (const char *name : budgetSeriesNames)
        chart.series.push_back({name, {}});
    // Exact tkr (öre / 100 000 is exact in a double at these magnitudes): the chart's labels
    // must show the table's avvikelser.
    auto value = [](std::optional<Money> amount) {
        return amount ? static_cast<double>(amount->ore()) / 100'000.0 : std::nan("");
    };
    std::vector<std::string> described;
    for (const EconomicRow &row : data.table.rows) {
        if (row.depth != 1 || row.memo)
            continue;
        const auto &v = row.values;
        chart.categories.push_back(row.name);
        const std::optional<Money> values[] = {v.budgetPeriod, v.actualNet, v.budgetDeviation,
                                               v.budgetYear, v.forecast, v.forecastDeviation};
        for (std::size_t i = 0; i < chart.series.size(); ++i)
            chart.series[i].values.push_back(value(values[i]));
        if (v.budgetDeviation)
            described.push_back(Core::inSentence(row.name) + " " + Core::formatAmount(*v.budgetDeviation, Core::AmountUnit::Thousands) + " tkr");
    }
    chart.altText = "Stapeldiagram över periodens budget, utfall och helårsprognos per verksamhet, tkr. Budgetavvikelser: "
        + Core::joinSwedishList(described, "och") + ".";
    return chart;
}

void investments(Writer &out, const ReportData &data, int subLevel, const std::string &none, const std::string &heading,
                 bool numbered, bool emptyTable)
{
    if (data.investments.empty() && !emptyTable) {
        out.paragraph(none.empty() ? data.namnd.name + " har inga investeringar redovisade för perioden." : none);
        return;
    }
    if (data.investments.empty())
        out.placeholder("kommentar till investeringarna (inga investeringar finns registrerade för perioden)");
    if (!heading.empty()) {
        if (numbered)
            out.heading(subLevel, heading);
        else
            out.unnumbered(subLevel, heading);
    }
    Table table;
    table.caption = "Investeringar, tkr";
    table.header.push_back({{"Investering, tkr", 1}, {"Helår", 3}, {"Perioden", 3}});
    table.header.push_back(plainHeader({"", "Budget", "Prognos", "Avvikelse", "Budget", "Utfall", "Avvikelse"}));
    table.columns = textThenNumbers(6);
    // Expenditure is stored negative (canonical); printed as the seed prints it: positive amounts,
    // avvikelse = budget − prognos (positive = below budget), as the analysis derived them.
    auto row = [&](const std::string &name, const Analysis::InvestmentLine &line, TableRow::Kind kind) {
        const Storage::Investment &i = line.item;
        table.rows.push_back({{name, tkr(i.budget, true), tkr(i.forecast, true), tkr(line.forecastDeviation),
                               tkr(i.budgetPeriod, true), tkr(i.actual, true), tkr(line.budgetDeviation)},
                              kind, 0});
    };
    for (const Analysis::InvestmentLine &line : data.investments)
        row(line.item.project, line, TableRow::Kind::Normal);
    row("Summa investeringar", data.investmentTotal, TableRow::Kind::Total);
    out.add(std::move(table));
    if (!data.investments.empty())
        out.placeholder("kommentar till investeringarna");
}

void actionPlan(Writer &out, const ReportData &data)
{
    if (data.actions.empty()) {
        out.placeholder("åtgärdsplan (ingen åtgärdsplan finns registrerad för perioden)");
        return;
    }
    Table table;
    table.caption = "Åtgärdsplan";
    table.header.push_back(plainHeader({"Mål", "Åtgärd", "Status", "Kommentar"}));
    table.columns = {ColumnKind::Text, ColumnKind::Text, ColumnKind::Text, ColumnKind::Text};
    for (const Storage::ActionItem &item : data.actions)
        table.rows.push_back({{item.goal, item.action, std::string(Core::actionStatusCode(item.status)), item.comment},
                              TableRow::Kind::Normal, 0});
    out.add(std::move(table));
}

void stateGrants(Writer &out, const ReportData &data)
{
    if (data.grants.empty()) {
        out.paragraph(data.namnd.name + " har inga riktade statsbidrag registrerade för perioden.");
        return;
    }
    Table table;
    table.caption = "Riktade statsbidrag, tkr";
    table.header.push_back(plainHeader({"Riktat statsbidrag (tkr)", "Bidrag", "Erhållet", "Kostnad", "Netto",
                                        "Bidrag inräknat i budget", "Bidrag inräknat i prognos"}));
    table.columns = textThenNumbers(6);
    for (const Analysis::StateGrantLine &line : data.grants) {
        const Storage::StateGrant &grant = line.grant;
        table.rows.push_back({{grant.name, tkr(grant.grant), tkr(grant.received), tkr(grant.cost), tkr(line.net),
                               tkr(grant.inBudget), tkr(grant.inForecast)},
                              TableRow::Kind::Normal, 0});
    }
    const Storage::StateGrant &sum = data.grantTotal.grant;
    table.rows.push_back({{"Summa", tkr(sum.grant), tkr(sum.received), tkr(sum.cost), tkr(data.grantTotal.net),
                           tkr(sum.inBudget), tkr(sum.inForecast)},
                          TableRow::Kind::Total, 0});
    out.add(std::move(table));
}

void indicators(Writer &out, const ReportData &data, int level, bool numbered)
{
    if (data.indicators.empty()) {
        out.placeholder("måluppfyllelse (inga indikatorer finns registrerade för nämnden)");
        return;
    }
    const ReportTemplate &style = out.style();
    out.paragraph("Teckenförklaring: " + style.met.symbol + " " + style.met.label + ", " + style.partlyMet.symbol + " "
                      + style.partlyMet.label + ", " + style.notMet.symbol + " " + style.notMet.label + ", "
                      + style.missing.symbol + " " + style.missing.label + ", " + style.noTarget.symbol + " "
                      + style.noTarget.label + ".",
                  Paragraph::Kind::Note);
    std::vector<std::string> areas;
    for (const IndicatorLine &line : data.indicators)
        if (std::find(areas.begin(), areas.end(), line.indicator.area) == areas.end())
            areas.push_back(line.indicator.area);
    const int y = data.request.year;
    for (const std::string &area : areas) {
        if (numbered)
            out.heading(level, area.empty() ? "Övriga indikatorer" : area);
        else
            out.unnumbered(level, area.empty() ? "Övriga indikatorer" : area);
        Table table;
        table.caption = "Indikatorer";
        const std::string current = data.request.month == 12 ? "Utfall " + std::to_string(y)
                                                             : "Utfall " + monthName(data.request.month).substr(0, 3)
                                                                   + " " + std::to_string(y);
        table.header.push_back(plainHeader({"", "Indikatorer", "", "", "", ""}));
        table.header.back()[2].text = "Utfall " + std::to_string(y - 2);
        table.header.back()[3].text = "Utfall " + std::to_string(y - 1);
        table.header.back()[4].text = current;
        table.header.back()[5].text = "Mål " + std::to_string(y);
        table.columns = {ColumnKind::Symbol, ColumnKind::Text, ColumnKind::Number, ColumnKind::Number,
                         ColumnKind::Number, ColumnKind::Number};
        std::vector<std::string> remarks;
        for (const IndicatorLine &line : data.indicators) {
            if (line.indicator.area != area)
                continue;
            const std::string &unit = line.indicator.unit;
            std::string target = indicatorValue(line.target, unit);
            if (line.indicator.targetKind == Core::TargetKind::Increase)
                target = "Öka";
            else if (line.indicator.targetKind == Core::TargetKind::Decrease)
                target = "Minska";
            auto value = [&](int year) {
                auto it = line.history.find(year);
                return it == line.history.end() ? std::string() : indicatorValue(it->second, unit);
            };
            // Status as the analysis decided it (an override set by hand included); without one (a
            // tolerance out of range) the cell says so rather than guess.
            const std::string symbol = line.status ? style.statusCellText(*line.status) : std::string("?");
            table.rows.push_back({{symbol, line.indicator.name, value(y - 2), value(y - 1), value(y), target},
                                  TableRow::Kind::Normal, 0, line.status});
        }
        out.add(std::move(table));
    }
}

void volumes(Writer &out, const ReportData &data, Storage::Id topLevel, const std::string &chartOnly)
{
    std::set<Storage::Id> subtree{topLevel};
    for (const Storage::Verksamhet &v : data.verksamheter)
        if (v.parentId && subtree.contains(*v.parentId))
            subtree.insert(v.id);
    // measure -> insatstyp -> (month, months covered) -> value, this year up to the month
    using Period = std::pair<int, int>;
    std::map<std::string, std::map<std::string, std::map<Period, double>>> series;
    for (const Storage::Volume &volume : data.volumes) {
        if (volume.year != data.request.year || volume.month > data.request.month || !subtree.contains(volume.verksamhetId))
            continue;
        series[std::string(Core::volumeMeasureCode(volume.measure))][volume.serviceType][{volume.month, volume.months}] += volume.value;
    }
    // "feb" for a month; "T2" for a tertial (4 months ending in april, august, december); "jan–okt" otherwise.
    auto label = [](const Period &period) -> std::string {
        const auto [month, months] = period;
        if (months <= 1)
            return monthShort[month - 1];
        if (months == 4 && month % 4 == 0)
            return "T" + std::to_string(month / 4);
        return std::string(monthShort[std::max(0, month - months)]) + "\u2013" + monthShort[month - 1];
    };
    for (const auto &[measure, byType] : series) {
        std::set<Period> periods;
        bool monthly = true;
        for (const auto &[type, byPeriod] : byType)
            for (const auto &[period, value] : byPeriod) {
                periods.insert(period);
                monthly = monthly && period.second <= 1;
            }
        const std::string per = monthly ? "per månad" : "per period";
        Table table;
        table.caption = "Antal " + measure + " " + per;
        std::vector<HeaderCell> header{{"Insatstyp, antal " + measure, 1}};
        for (const Period &period : periods)
            header.push_back({label(period), 1});
        table.header.push_back(header);
        table.columns = textThenNumbers(periods.size());
        ChartSlot chart;
        chart.id = "volym-" + std::to_string(topLevel) + "-" + measure;
        chart.kind = periods.size() > 4 ? ChartSlot::Kind::Lines : ChartSlot::Kind::Bars;
        chart.title = "Antal " + measure + " " + per + " och insatstyp " + std::to_string(data.request.year);
        chart.valueAxis = "Antal " + measure;
        chart.measure = measure;
        for (const Storage::Verksamhet &v : data.verksamheter)
            if (v.id == topLevel)
                chart.subject = v.name;
        chart.year = data.request.year;
        for (const Period &period : periods) {
            chart.categories.push_back(label(period));
            chart.months.push_back(period.first);
        }
        std::vector<std::string> described;
        for (const auto &[type, byPeriod] : byType) {
            TableRow row{{Core::capitalized(type)}, TableRow::Kind::Normal, 0};
            ChartSeries chartSeries{Core::capitalized(type), {}};
            for (const Period &period : periods) {
                auto it = byPeriod.find(period);
                row.cells.push_back(it == byPeriod.end() ? std::string() : Core::formatNumber(it->second, 0));
                chartSeries.values.push_back(it == byPeriod.end() ? std::nan("") : it->second);
            }
            const auto last = byPeriod.rbegin();
            described.push_back(type + " " + Core::formatNumber(last->second, 0) + " (" + label(last->first) + ")");
            table.rows.push_back(std::move(row));
            chart.series.push_back(std::move(chartSeries));
        }
        chart.altText = "Diagram över antal " + measure + " " + per + " " + std::to_string(data.request.year)
            + " och insatstyp. Senaste värden: " + Core::joinSwedishList(described, "och") + ".";
        // The chart builders draw months; tertial and year figures (seed 000 §7) stay a table.
        if (monthly)
            out.add(std::move(chart));
        if (measure != chartOnly || !monthly)
            out.add(std::move(table));
    }
}

} // namespace Tertial::Reports::Sections
