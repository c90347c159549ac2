// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces the report builders share: tables, sentences, registers, placeholders.
#include "reportsections.h"

#include "economiccolumns.h"
#include "sentencewording.h"
#include "tablecolumns.h"

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

Table kontoslagTable(const Core::EconomicTable &source, const ReportData &data, const ReportTemplate &style,
                    const std::vector<ColumnSpec> &chosen)
{
    const std::string period = "Perioden januari\u2013" + monthName(data.request.month);
    const std::vector<ColumnSpec> defaults{
        {"budget_helar", "Budget", "Helår"},       {"prognos", "Prognos", "Helår"},
        {"prognosavvikelse", "Avvikelse", "Helår"}, {"budget_period", "Budget", period},
        {"utfall_netto", "Utfall", period},         {"budgetavvikelse", "Avvikelse", period},
        {"utfall_fg_ar", "Utfall", "Föregående år"},
    };
    const std::vector<ColumnSpec> columns = resolvedColumns(chosen.empty() ? defaults : chosen, data);
    Table table;
    table.caption = "Driftredovisning, tkr";
    setHeader(table, "Driftredovisning, tkr", true, columns);
    table.columns = textThenNumbers(columns.size());
    // Income rows stay positive; cost rows and the result flip when the template prints costs positive.
    bool inCosts = false;
    auto add = [&](const EconomicRow &row, bool total, bool subtotal) {
        const bool flip = style.costsPositive && (inCosts || total);
        TableRow line{{row.name}, total ? TableRow::Kind::Total : subtotal ? TableRow::Kind::Subtotal : TableRow::Kind::Normal,
                      subtotal || total ? 0 : 1};
        for (const ColumnSpec &spec : columns)
            line.cells.push_back(economicCell(spec.value, row.values, style, flip));
        table.rows.push_back(std::move(line));
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

namespace {

// The investment table's catalogue. Expenditure is stored negative (canonical) and printed as the
// seeds print it: positive amounts (seed 003), avvikelse = budget − prognos (positive = below
// budget) as the analysis derived it; inkomster positive, utfall netto = utgifter − inkomster.
std::string investmentCell(const std::string &key, const Analysis::InvestmentLine &line)
{
    const Storage::Investment &i = line.item;
    if (key == "budget") return tkr(i.budget, true);
    if (key == "prognos") return tkr(i.forecast, true);
    if (key == "prognosavvikelse") return tkr(line.forecastDeviation);
    if (key == "budget_period") return tkr(i.budgetPeriod, true);
    if (key == "utfall") return tkr(line.actualNet, true);
    if (key == "budgetavvikelse") return tkr(line.budgetDeviation);
    if (key == "inkomster") return tkr(i.income);
    if (key == "utgifter") return tkr(i.expenditure, true);
    if (key == "prognos_ar1") return tkr(i.forecastNext, true);
    if (key == "prognos_ar2") return tkr(i.forecastSecond, true);
    if (key == "prognos_ar3") return tkr(i.forecastThird, true);
    if (key == "prognos_senare") return tkr(i.forecastLater, true);
    if (key == "totalt") return tkr(line.forecastAllYears, true);
    return {}; // unreachable: the template loader checks every key
}

std::string investmentHeader(const std::string &key)
{
    static const std::map<std::string, std::string> headers{
        {"budget", "Budget"},
        {"prognos", "Prognos"},
        {"prognosavvikelse", "Avvikelse"},
        {"budget_period", "Budget"},
        {"utfall", "Utfall"},
        {"budgetavvikelse", "Avvikelse"},
        {"inkomster", "Inkomster {mån} {år}"},
        {"utgifter", "Utgifter {mån} {år}"},
        {"prognos_ar1", "Prognos {år+1} Netto"},
        {"prognos_ar2", "Prognos {år+2} Netto"},
        {"prognos_ar3", "Prognos {år+3} Netto"},
        {"prognos_senare", "Prognos {år+4} och senare"},
        {"totalt", "Totalt {år} och senare"},
    };
    const auto it = headers.find(key);
    return it == headers.end() ? key : it->second;
}

// The columns with the catalogue's header where the template gives none, placeholders expanded.
std::vector<ColumnSpec> resolved(const std::vector<ColumnSpec> &columns, const ReportData &data,
                                 std::string (*header)(const std::string &))
{
    std::vector<ColumnSpec> out;
    for (const ColumnSpec &spec : columns)
        out.push_back({spec.value, expandPlaceholders(spec.header.empty() ? header(spec.value) : spec.header, data),
                       expandPlaceholders(spec.group, data)});
    return out;
}

} // namespace

void investments(Writer &out, const ReportData &data, const InvestmentOptions &options)
{
    if (data.investments.empty() && !options.emptyTable) {
        out.paragraph(options.none.empty() ? data.namnd.name + " har inga investeringar redovisade för perioden."
                                           : options.none);
        return;
    }
    if (data.investments.empty())
        out.placeholder("kommentar till investeringarna (inga investeringar finns registrerade för perioden)");
    if (!options.heading.empty()) {
        if (options.numbered)
            out.heading(options.level, options.heading);
        else
            out.unnumbered(options.level, options.heading);
    }
    static const std::vector<ColumnSpec> defaults{
        {"budget", "", "Helår"},        {"prognos", "", "Helår"},  {"prognosavvikelse", "", "Helår"},
        {"budget_period", "", "Perioden"}, {"utfall", "", "Perioden"}, {"budgetavvikelse", "", "Perioden"},
    };
    const std::vector<ColumnSpec> columns = resolved(options.columns.empty() ? defaults : options.columns, data,
                                                     investmentHeader);
    Table table;
    table.caption = options.caption.empty() ? "Investeringar, tkr" : options.caption;
    setHeader(table, options.firstColumn.empty() ? "Investering, tkr" : options.firstColumn, true, columns);
    table.columns = textThenNumbers(columns.size());
    if (columns.size() > 6) { // seed 002's nine columns: room for "Inkomster okt 2017" on two lines
        table.widths.assign(table.columns.size(), 1.0);
        table.widths[0] = 1.3;
    }
    auto row = [&](const std::string &name, const Analysis::InvestmentLine &line, TableRow::Kind kind) {
        TableRow printed{{name}, kind, 0};
        for (const ColumnSpec &spec : columns)
            printed.cells.push_back(investmentCell(spec.value, line));
        table.rows.push_back(std::move(printed));
    };
    for (const Analysis::InvestmentLine &line : data.investments)
        row(line.item.project, line, TableRow::Kind::Normal);
    row(options.totalLabel.empty() ? "Summa investeringar" : options.totalLabel, data.investmentTotal, TableRow::Kind::Total);
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

namespace {

std::string stateGrantCell(const std::string &key, const Analysis::StateGrantLine &line)
{
    const Storage::StateGrant &grant = line.grant;
    if (key == "bidrag") return tkr(grant.grant);
    if (key == "erhallet") return tkr(grant.received);
    if (key == "kostnad") return tkr(grant.cost);
    if (key == "netto") return tkr(line.net);
    if (key == "inraknat_budget") return tkr(grant.inBudget);
    if (key == "inraknat_prognos") return tkr(grant.inForecast);
    return {};
}

std::string stateGrantHeader(const std::string &key)
{
    static const std::map<std::string, std::string> headers{
        {"bidrag", "Bidrag"}, {"erhallet", "Erhållet"}, {"kostnad", "Kostnad"}, {"netto", "Netto"},
        {"inraknat_budget", "Bidrag inräknat i budget"}, {"inraknat_prognos", "Bidrag inräknat i prognos"},
    };
    const auto it = headers.find(key);
    return it == headers.end() ? key : it->second;
}

} // namespace

void stateGrants(Writer &out, const ReportData &data, const std::vector<ColumnSpec> &chosen)
{
    if (data.grants.empty()) {
        out.paragraph(data.namnd.name + " har inga riktade statsbidrag registrerade för perioden.");
        return;
    }
    static const std::vector<ColumnSpec> defaults{{"bidrag", "", ""},          {"erhallet", "", ""},
                                                  {"kostnad", "", ""},         {"netto", "", ""},
                                                  {"inraknat_budget", "", ""}, {"inraknat_prognos", "", ""}};
    const std::vector<ColumnSpec> columns = resolved(chosen.empty() ? defaults : chosen, data, stateGrantHeader);
    Table table;
    table.caption = "Riktade statsbidrag, tkr";
    setHeader(table, "Riktat statsbidrag (tkr)", true, columns);
    table.columns = textThenNumbers(columns.size());
    auto row = [&](const std::string &name, const Analysis::StateGrantLine &line, TableRow::Kind kind) {
        TableRow printed{{name}, kind, 0};
        for (const ColumnSpec &spec : columns)
            printed.cells.push_back(stateGrantCell(spec.value, line));
        table.rows.push_back(std::move(printed));
    };
    for (const Analysis::StateGrantLine &line : data.grants)
        row(line.grant.name, line, TableRow::Kind::Normal);
    row("Summa", data.grantTotal, TableRow::Kind::Total);
    out.add(std::move(table));
}

void indicators(Writer &out, const ReportData &data, int level, bool numbered, const std::vector<ColumnSpec> &chosen)
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
    const std::string current = data.request.month == 12 ? "Utfall {år}" : "Utfall {mån} {år}";
    static const std::vector<ColumnSpec> defaults{{"status", "", ""},       {"indikator", "Indikatorer", ""},
                                                  {"utfall_fg2_ar", "", ""}, {"utfall_fg_ar", "", ""},
                                                  {"utfall", "", ""},        {"mal", "", ""}};
    std::vector<ColumnSpec> columns = chosen.empty() ? defaults : chosen;
    for (ColumnSpec &spec : columns)
        if (spec.header.empty())
            spec.header = spec.value == "status"          ? ""
                          : spec.value == "indikator"     ? "Indikator"
                          : spec.value == "enhet"         ? "Enhet"
                          : spec.value == "utfall_fg2_ar" ? "Utfall {år-2}"
                          : spec.value == "utfall_fg_ar"  ? "Utfall {fg_år}"
                          : spec.value == "utfall"        ? current
                                                          : "Mål {år}";
    for (ColumnSpec &spec : columns) {
        spec.header = expandPlaceholders(spec.header, data);
        spec.group = expandPlaceholders(spec.group, data);
    }
    for (const std::string &area : areas) {
        if (numbered)
            out.heading(level, area.empty() ? "Övriga indikatorer" : area);
        else
            out.unnumbered(level, area.empty() ? "Övriga indikatorer" : area);
        Table table;
        table.caption = "Indikatorer";
        setHeader(table, {}, false, columns);
        for (const ColumnSpec &spec : columns)
            table.columns.push_back(spec.value == "status"      ? ColumnKind::Symbol
                                    : spec.value == "indikator" || spec.value == "enhet" ? ColumnKind::Text
                                                                                         : ColumnKind::Number);
        for (const IndicatorLine &line : data.indicators) {
            if (line.indicator.area != area)
                continue;
            const std::string &unit = line.indicator.unit;
            auto value = [&](int year) {
                auto it = line.history.find(year);
                return it == line.history.end() ? std::string() : indicatorValue(it->second, unit);
            };
            TableRow row{{}, TableRow::Kind::Normal, 0, line.status};
            for (const ColumnSpec &spec : columns) {
                const std::string &key = spec.value;
                if (key == "status") {
                    // Status as the analysis decided it (an override set by hand included); without one
                    // (a tolerance out of range) the cell says so rather than guess.
                    row.cells.push_back(line.status ? style.statusCellText(*line.status) : std::string("?"));
                } else if (key == "indikator") {
                    row.cells.push_back(line.indicator.name);
                } else if (key == "enhet") {
                    row.cells.push_back(unit);
                } else if (key == "utfall_fg2_ar") {
                    row.cells.push_back(value(y - 2));
                } else if (key == "utfall_fg_ar") {
                    row.cells.push_back(value(y - 1));
                } else if (key == "utfall") {
                    row.cells.push_back(value(y));
                } else if (key == "mal") {
                    std::string target = indicatorValue(line.target, unit);
                    if (line.indicator.targetKind == Core::TargetKind::Increase)
                        target = "Öka";
                    else if (line.indicator.targetKind == Core::TargetKind::Decrease)
                        target = "Minska";
                    row.cells.push_back(target);
                }
            }
            table.rows.push_back(std::move(row));
        }
        out.add(std::move(table));
    }
}

void volumes(Writer &out, const ReportData &data, Storage::Id topLevel, const std::string &chartOnly,
             const std::set<Storage::Id> &except)
{
    std::set<Storage::Id> subtree{topLevel};
    for (const Storage::Verksamhet &v : data.verksamheter)
        if (v.parentId && subtree.contains(*v.parentId))
            subtree.insert(v.id);
    for (Storage::Id id : except)
        subtree.erase(id);
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
