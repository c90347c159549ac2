// SPDX-License-Identifier: GPL-3.0-or-later
// Builds a draft by walking the template's layout of its kind (docs/reports.md): headings,
// placeholders and fixed text as the template words them, bound blocks filled from ReportData.
#include "reportbuilder.h"

#include "economiccolumns.h"
#include "koladasection.h"
#include "personneltables.h"
#include "reportsections.h"
#include "sentencewording.h"
#include "tertialsplit.h"
#include "tertialvolumes.h"
#include "volumetables.h"

#include "core/assessment.h"
#include "core/standardsentences.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace Tertial::Reports {

using namespace Sections;

namespace {

std::string option(const LayoutItem &item, const std::string &key, const std::string &fallback = {})
{
    auto it = item.options.find(key);
    return it == item.options.end() ? fallback : it->second;
}

// A personnel block's "code=Label;code" list, in the template's order (the codes are checked when
// the template is read; "" keeps the mått's own name).
std::vector<std::pair<Storage::PersonnelMeasure, std::string>> personnelMeasures(const std::string &list)
{
    std::vector<std::pair<Storage::PersonnelMeasure, std::string>> measures;
    for (std::size_t start = 0; start < list.size();) {
        const std::size_t end = std::min(list.find(';', start), list.size());
        const std::string entry = list.substr(start, end - start);
        const std::size_t equals = entry.find('=');
        if (auto measure = Storage::personnelMeasureFromCode(entry.substr(0, equals)))
            measures.emplace_back(*measure, equals == std::string::npos ? std::string() : entry.substr(equals + 1));
        start = end + 1;
    }
    return measures;
}

int levelOption(const LayoutItem &item, int fallback)
{
    const std::string text = option(item, "level");
    return text.empty() ? fallback : std::clamp(std::atoi(text.c_str()), 1, 3);
}

bool flag(const LayoutItem &item, const std::string &key, bool fallback)
{
    const std::string text = option(item, key);
    return text.empty() ? fallback : text == "true";
}

// The volumeHistory options of a block; `key` names the verksamhet's path ("volumeHistory" inside
// perVerksamhet, where the other keys are prefixed alike: "volumeHistoryRows", ...).
VolumeHistoryOptions historyOptions(const LayoutItem &item, const ReportData &data, const std::string &key = "volumeHistory")
{
    const std::string prefix = key == "verksamhet" ? std::string() : key;
    auto named = [&](const std::string &name) {
        if (prefix.empty())
            return name;
        std::string upper = name;
        upper[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[0])));
        return prefix + upper;
    };
    VolumeHistoryOptions options;
    options.verksamhet = option(item, key);
    options.measure = option(item, named("measure"), "placeringar");
    options.firstColumn = option(item, named("firstColumn"));
    options.caption = expandPlaceholders(option(item, named("caption")), data);
    options.order = VolumeRowOrder::parse(option(item, named("rows")));
    options.years = std::clamp(std::atoi(option(item, named("years"), "2").c_str()), 1, 2);
    return options;
}

// Each top-level verksamhet under its own heading: the controller's comment, then volumes; the
// one holding `history.verksamhet` gets that table with the earlier years (seed 001 §3) in place
// of its plain table of the mått.
void perVerksamhet(Writer &out, const ReportData &data, int level, bool withVolumes, const VolumeHistoryOptions &history)
{
    const auto historyId = history.verksamhet.empty() ? std::nullopt : verksamhetByPath(data, history.verksamhet);
    auto holds = [&](Storage::Id topLevel) {
        for (std::optional<Storage::Id> id = historyId; id;) {
            if (*id == topLevel)
                return true;
            const auto it = std::find_if(data.verksamheter.begin(), data.verksamheter.end(),
                                         [&](const Storage::Verksamhet &v) { return v.id == *id; });
            id = it == data.verksamheter.end() ? std::nullopt : it->parentId;
        }
        return false;
    };
    for (const Core::EconomicRow &row : data.table.rows) {
        if (row.depth != 1)
            continue;
        const bool hasBudget = row.values.budgetYear && !row.values.budgetYear->isZero();
        if (!hasBudget && !data.comments.contains(row.id))
            continue; // bookings without a budget (seed 002 "Preliminärbokförda fakturor")
        out.unnumbered(level, row.name);
        verksamhetComment(out, data, row);
        const bool withHistory = historyId && holds(row.id);
        if (withVolumes)
            volumes(out, data, row.id, withHistory ? history.measure : std::string());
        if (withHistory)
            volumeHistory(out, data, history);
    }
}

// Seed 000 §7: per verksamhet its result as a heading, the comment, its table and volumes.
// `tertialSplit`: the path of a verksamhet whose result per tertial comes before its table.
// `until` / `after` (top-level names): only the verksamheter up to and including, or after, that
// one, so that a template can put other blocks between them (seed 000 §7's LSS tables).
// `volumesExcept` (a path): its subtree's volumes are left out of the plain volume tables.
struct VerksamhetTableOptions final
{
    int level = 3;
    std::string tertialSplit;
    std::string tertialLabel;
    std::string until;
    std::string after;
    std::string volumesExcept;
};

void verksamhetTables(Writer &out, const ReportData &data, const ReportTemplate &style, const VerksamhetTableOptions &options)
{
    const int level = options.level;
    const auto splitId = options.tertialSplit.empty() ? std::nullopt : verksamhetByPath(data, options.tertialSplit);
    const auto exceptId = options.volumesExcept.empty() ? std::nullopt : verksamhetByPath(data, options.volumesExcept);
    const std::set<Storage::Id> except = exceptId ? subtreeOf(data, exceptId) : std::set<Storage::Id>{};
    bool inRange = options.after.empty();
    for (const Core::EconomicRow &row : data.table.rows) {
        if (row.depth != 1)
            continue;
        if (!inRange) {
            inRange = row.name == options.after;
            continue;
        }
        out.unnumbered(level, row.name + (row.values.budgetDeviation
                                              ? ", " + Core::periodResultHeadline(*row.values.budgetDeviation)
                                                           .substr(std::string("Periodens resultat ").size())
                                              : std::string()));
        verksamhetComment(out, data, row);
        if (splitId && *splitId == row.id) {
            Table split = tertialSplitTable(data, row.id, options.tertialLabel);
            if (!split.rows.empty())
                out.add(std::move(split));
        }
        Table table = annualVerksamhetTable(data, style, row);
        if (!table.rows.empty())
            out.add(std::move(table));
        volumes(out, data, row.id, {}, except);
        if (!options.until.empty() && row.name == options.until)
            break;
    }
}

// Seed 003 "Preliminär bedömning": economy from the forecast, goals from the indicators.
void assessment(Writer &out, const ReportData &data)
{
    const auto &total = data.table.total.values;
    if (!total.forecastDeviation || !total.budgetYear)
        return;
    std::vector<Core::IndicatorStatus> statuses;
    for (const IndicatorLine &line : data.indicators)
        if (line.status)
            statuses.push_back(*line.status);
    const auto goals = Core::goalsAssessment(statuses);
    const auto economy = Core::economyAssessment(*total.forecastDeviation, *total.budgetYear);
    Table table;
    table.caption = "Preliminär bedömning";
    table.header.push_back({{"Område", 1}, {"Preliminär bedömning", 1}});
    table.columns = {ColumnKind::Text, ColumnKind::Text};
    table.rows.push_back({{"Ekonomi", std::string(Core::assessmentLabel(economy))}, TableRow::Kind::Normal, 0});
    table.rows.push_back({{"Nämndens mål (samlad)", goals ? std::string(Core::assessmentLabel(*goals)) : "[Skriv: bedömning]"},
                          TableRow::Kind::Normal, 0});
    table.rows.push_back({{"God ekonomisk hushållning",
                           std::string(Core::assessmentLabel(Core::combinedAssessment(economy, goals)))},
                          TableRow::Kind::Normal, 0});
    out.add(std::move(table));
    out.paragraph("Bedömningen är ett förslag beräknat från prognosen och indikatorernas status; nämnden fastställer den.",
                  Paragraph::Kind::Note);
}

void block(Writer &out, const ReportData &data, const ReportTemplate &style, const LayoutItem &item)
{
    const std::string &name = item.text;
    const auto &total = data.table.total.values;
    if (name == "periodSentences") {
        periodSentences(out, data, flag(item, "verksamheter", true));
    } else if (name == "forecastSentences") {
        forecastSentences(out, data);
    } else if (name == "forecastLevel") {
        if (total.forecast && total.forecastDeviation)
            out.paragraph(Core::forecastLevelSentence(data.namnd.name, *total.forecast, *total.forecastDeviation));
    } else if (name == "periodHeadline") {
        if (total.budgetDeviation)
            out.paragraph(Core::periodResultHeadline(*total.budgetDeviation), Paragraph::Kind::Lead);
    } else if (name == "assessment") {
        assessment(out, data);
    } else if (name == "perVerksamhet") {
        perVerksamhet(out, data, levelOption(item, 3), flag(item, "volumes", true), historyOptions(item, data));
    } else if (name == "economicTable") {
        out.add(economicTable(data, style, item));
    } else if (name == "kontoslagTable") {
        if (data.kontoslag)
            out.add(kontoslagTable(*data.kontoslag, data, style, item.columns));
    } else if (name == "verksamhetTables") {
        VerksamhetTableOptions options;
        options.level = levelOption(item, 3);
        options.tertialSplit = option(item, "tertialSplit");
        options.tertialLabel = option(item, "tertialLabel");
        options.until = option(item, "until");
        options.after = option(item, "after");
        options.volumesExcept = option(item, "volumesExcept");
        verksamhetTables(out, data, style, options);
    } else if (name == "tertialVolumes") {
        TertialVolumeOptions options;
        options.verksamhet = option(item, "verksamhet");
        options.measure = option(item, "measure", "personer");
        options.order = VolumeRowOrder::parse(option(item, "rows"));
        options.serviceType = option(item, "insatstyp");
        options.label = option(item, "label");
        options.perMeasure = option(item, "perMeasure");
        options.perLabel = option(item, "perLabel");
        options.ratioLabel = option(item, "ratioLabel");
        options.caption = expandPlaceholders(option(item, "caption"), data);
        options.firstColumn = expandPlaceholders(option(item, "firstColumn"), data);
        options.dayMonth = std::clamp(std::atoi(option(item, "dayMonth", "10").c_str()), 1, 12);
        options.dayGroup = expandPlaceholders(option(item, "dayGroup"), data);
        tertialVolumes(out, data, options);
    } else if (name == "budgetChart") {
        out.add(budgetChart(data));
    } else if (name == "investments") {
        InvestmentOptions options;
        options.level = levelOption(item, 2);
        options.none = expandPlaceholders(option(item, "none"), data);
        options.heading = expandPlaceholders(option(item, "subheading", "Investeringstabell"), data);
        options.numbered = flag(item, "numbered", true);
        options.emptyTable = flag(item, "emptyTable", false);
        options.caption = expandPlaceholders(option(item, "caption"), data);
        options.firstColumn = expandPlaceholders(option(item, "firstColumn"), data);
        options.totalLabel = expandPlaceholders(option(item, "totalLabel"), data);
        options.columns = item.columns;
        investments(out, data, options);
    } else if (name == "actionPlan") {
        actionPlan(out, data);
    } else if (name == "stateGrants") {
        stateGrants(out, data, item.columns);
    } else if (name == "monthlyVolumes") {
        MonthlyVolumeOptions options;
        options.verksamhet = option(item, "verksamhet");
        options.serviceType = option(item, "insatstyp");
        options.measure = option(item, "measure", "personer");
        options.label = option(item, "label");
        options.perMeasure = option(item, "perMeasure");
        options.perLabel = option(item, "perLabel");
        options.caption = expandPlaceholders(option(item, "caption"), data);
        monthlyVolumes(out, data, options);
    } else if (name == "volumeHistory") {
        volumeHistory(out, data, historyOptions(item, data, "verksamhet"));
    } else if (name == "personnel") {
        PersonnelTableOptions options;
        options.measure = Storage::personnelMeasureFromCode(option(item, "measure", "anstallda"))
                              .value_or(Storage::PersonnelMeasure::Employees);
        options.form = option(item, "form", "years") == "period" ? PersonnelTableOptions::Form::Period
                                                                 : PersonnelTableOptions::Form::Years;
        options.years = std::clamp(std::atoi(option(item, "years", "3").c_str()), 1, 10);
        options.caption = expandPlaceholders(option(item, "caption"), data);
        personnelTable(out, data, options);
    } else if (name == "personnelChart") {
        PersonnelChartOptions options;
        options.measures = personnelMeasures(option(item, "measures"));
        options.unit = option(item, "unit");
        options.months = std::clamp(std::atoi(option(item, "months", "18").c_str()), 1, 36);
        options.title = expandPlaceholders(option(item, "title"), data);
        personnelChart(out, data, options);
    } else if (name == "personnelMonths") {
        PersonnelMonthsOptions options;
        options.measures = personnelMeasures(option(item, "measures"));
        options.unit = option(item, "unit");
        options.months = std::clamp(std::atoi(option(item, "months", "4").c_str()), 1, 24);
        options.firstColumn = expandPlaceholders(option(item, "firstColumn"), data);
        options.caption = expandPlaceholders(option(item, "caption"), data);
        personnelMonths(out, data, options);
    } else if (name == "indicators") {
        indicators(out, data, levelOption(item, 2), flag(item, "numbered", true), item.columns);
    } else if (name == "koladaComparison") {
        koladaComparison(out, data, levelOption(item, 3));
    }
}

} // namespace

ReportDocument buildReport(const ReportData &data, const ReportTemplate &style)
{
    const KindLayout &layout = style.layoutFor(kindCode(data.request.kind));
    ReportDocument document;
    document.kind = data.request.kind;
    document.cover = cover(data, expandPlaceholders(layout.title, data));
    Writer out(document, style);
    for (const LayoutItem &item : layout.items) {
        switch (item.kind) {
        case LayoutItem::Kind::Heading:
            if (item.numbered)
                out.heading(item.level, expandPlaceholders(item.text, data));
            else
                out.unnumbered(item.level, expandPlaceholders(item.text, data));
            break;
        case LayoutItem::Kind::Placeholder: out.placeholder(expandPlaceholders(item.text, data)); break;
        case LayoutItem::Kind::Text: out.paragraph(expandPlaceholders(item.text, data)); break;
        case LayoutItem::Kind::Bound: block(out, data, style, item); break;
        }
    }
    return document;
}

} // namespace Tertial::Reports
