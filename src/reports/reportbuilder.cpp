// SPDX-License-Identifier: GPL-3.0-or-later
// The four report skeletons of domain.md §8, filled from ReportData.
#include "reportbuilder.h"

#include "reportsections.h"

#include "core/assessment.h"
#include "core/standardsentences.h"
#include "core/swedishlist.h"

#include <chrono>

namespace Tertial::Reports {

using namespace Sections;

namespace {

ReportDocument start(const ReportData &data, ReportKind kind, const std::string &title)
{
    ReportDocument document;
    document.kind = kind;
    document.cover = cover(data, title);
    return document;
}

// Each top-level verksamhet under its own heading: the controller's comment, then volumes.
void perVerksamhet(Writer &out, const ReportData &data, int level, bool withVolumes)
{
    for (const Core::EconomicRow &row : data.table.rows) {
        if (row.depth != 1)
            continue;
        const bool hasBudget = row.values.budgetYear && !row.values.budgetYear->isZero();
        if (!hasBudget && !data.comments.contains(row.id))
            continue; // bookings without a budget (seed 002 "Preliminärbokförda fakturor")
        out.unnumbered(level, row.name);
        verksamhetComment(out, data, row);
        if (withVolumes)
            volumes(out, data, row.id);
    }
}

} // namespace

ReportDocument buildMonthReport(const ReportData &data, const ReportTemplate &style)
{
    const int y = data.request.year;
    ReportDocument document =
        start(data, ReportKind::Month, "Månadsrapport " + monthName(data.request.month) + " " + std::to_string(y));
    Writer out(document, style);
    out.heading(1, "Verksamhetsresultat");
    out.placeholder("övergripande mål och fokusområden");
    out.heading(1, "Ekonomiskt resultat");
    out.unnumbered(3, "Periodens utfall");
    periodSentences(out, data);
    out.unnumbered(3, "Helårsprognosen");
    forecastSentences(out, data);
    perVerksamhet(out, data, 3, false);
    out.heading(2, "Ekonomisk tabell");
    out.add(monthEconomicTable(data, style));
    out.add(budgetChart(data));
    out.heading(1, "Investeringar");
    investments(out, data, 2);
    out.heading(1, "Åtgärdsplan");
    actionPlan(out, data);
    return document;
}

ReportDocument buildTertialReport(const ReportData &data, const ReportTemplate &style)
{
    const int y = data.request.year;
    ReportDocument document =
        start(data, ReportKind::Tertial, "Tertialrapport " + monthName(data.request.month) + " " + std::to_string(y));
    Writer out(document, style);
    const auto &total = data.table.total.values;
    out.heading(1, "Läget i korthet");
    if (total.forecast && total.forecastDeviation)
        out.paragraph(Core::forecastLevelSentence(data.namnd.name, *total.forecast, *total.forecastDeviation));
    out.placeholder("läget i korthet");
    out.heading(1, "Verksamhetsresultat");
    out.placeholder("övergripande mål och fokusområden");
    out.heading(1, "Ekonomiskt resultat");
    if (total.budgetDeviation)
        out.paragraph(Core::periodResultHeadline(*total.budgetDeviation), Paragraph::Kind::Lead);
    periodSentences(out, data);
    forecastSentences(out, data);
    perVerksamhet(out, data, 3, true);
    out.heading(2, "Ekonomisk tabell");
    out.add(monthEconomicTable(data, style));
    out.add(budgetChart(data));
    out.heading(1, "Investeringar");
    investments(out, data, 2);
    out.heading(1, "Åtgärdsplan");
    actionPlan(out, data);
    out.heading(1, "Indikatorer");
    indicators(out, data, 3, false);
    return document;
}

ReportDocument buildInterimReport(const ReportData &data, const ReportTemplate &style)
{
    const int y = data.request.year;
    const unsigned lastDay = static_cast<unsigned>(
        std::chrono::year_month_day_last{std::chrono::year{y} / std::chrono::month{static_cast<unsigned>(data.request.month)}
                                         / std::chrono::last}
            .day());
    ReportDocument document = start(data, ReportKind::Interim,
                                    "Delårsrapport per " + std::to_string(lastDay) + " "
                                        + monthName(data.request.month) + " " + std::to_string(y));
    Writer out(document, style);
    const auto &total = data.table.total.values;

    out.heading(1, "Sammanfattning");
    periodSentences(out, data);
    forecastSentences(out, data);
    out.placeholder("sammanfattning av verksamhetens resultat");
    std::vector<Core::IndicatorStatus> statuses;
    for (const IndicatorLine &line : data.indicators)
        if (line.status)
            statuses.push_back(*line.status);
    const auto goals = Core::goalsAssessment(statuses);
    if (total.forecastDeviation && total.budgetYear) {
        const auto economy = Core::economyAssessment(*total.forecastDeviation, *total.budgetYear);
        Table table;
        table.caption = "Preliminär bedömning";
        table.header.push_back({{"Område", 1}, {"Preliminär bedömning", 1}});
        table.columns = {ColumnKind::Text, ColumnKind::Text};
        table.rows.push_back({{"Ekonomi", std::string(Core::assessmentLabel(economy))}, TableRow::Kind::Normal, 0});
        table.rows.push_back({{"Nämndens mål (samlad)",
                               goals ? std::string(Core::assessmentLabel(*goals)) : "[Skriv: bedömning]"},
                              TableRow::Kind::Normal, 0});
        table.rows.push_back({{"God ekonomisk hushållning",
                               std::string(Core::assessmentLabel(Core::combinedAssessment(economy, goals)))},
                              TableRow::Kind::Normal, 0});
        out.add(std::move(table));
        out.paragraph("Bedömningen är ett förslag beräknat från prognosen och indikatorernas status; "
                      "nämnden fastställer den.",
                      Paragraph::Kind::Note);
    }

    out.heading(1, "Nämndens mål och resultat");
    indicators(out, data, 2, true);
    out.heading(1, "Händelser av väsentlig betydelse");
    out.placeholder("händelser av väsentlig betydelse");
    out.heading(1, "Ekonomi");
    periodSentences(out, data);
    forecastSentences(out, data);
    if (data.kontoslag)
        out.add(kontoslagTable(*data.kontoslag, data, style));
    out.add(interimEconomicTable(data, style));
    out.add(budgetChart(data));
    perVerksamhet(out, data, 3, true);
    out.heading(2, "Riktade statsbidrag");
    stateGrants(out, data);
    out.heading(2, "Investeringar");
    investments(out, data, 3);
    out.heading(1, "Väsentliga personalförhållanden");
    out.placeholder("antal anställda, sjukfrånvaro och personalomsättning");
    out.heading(1, "Plan för intern kontroll");
    out.placeholder("uppföljning av intern kontroll");
    actionPlan(out, data);
    return document;
}

ReportDocument buildAnnualReport(const ReportData &data, const ReportTemplate &style)
{
    const int y = data.request.year;
    ReportDocument document = start(data, ReportKind::Annual, "Årsredovisning " + std::to_string(y));
    Writer out(document, style);
    out.heading(1, "Verksamhetens uppdrag");
    out.placeholder("verksamhetens uppdrag");
    out.heading(1, "Hänt i verksamheten " + std::to_string(y));
    out.placeholder("viktiga händelser under året");
    out.heading(1, "Framåtblick");
    out.placeholder("framåtblick");
    out.heading(1, "Jämförelser med andra kommuner");
    out.placeholder("jämförelser med andra kommuner (Kolada-data finns inte i databasen)");
    out.heading(1, "Måluppfyllelse under " + std::to_string(y));
    indicators(out, data, 2, true);
    out.heading(1, "Ekonomiskt resultat");
    const auto &total = data.table.total.values;
    if (total.budgetDeviation)
        out.paragraph(Core::periodResultHeadline(*total.budgetDeviation), Paragraph::Kind::Lead);
    periodSentences(out, data);
    out.add(annualEconomicTable(data, style));
    out.add(budgetChart(data));
    for (const Core::EconomicRow &row : data.table.rows) {
        if (row.depth != 1)
            continue;
        out.unnumbered(3, row.name + (row.values.budgetDeviation
                                          ? ", " + Core::periodResultHeadline(*row.values.budgetDeviation)
                                                       .substr(std::string("Periodens resultat ").size())
                                          : std::string()));
        verksamhetComment(out, data, row);
        Table table = annualVerksamhetTable(data, style, row);
        if (!table.rows.empty())
            out.add(std::move(table));
        volumes(out, data, row.id);
    }
    out.heading(1, "Investeringar");
    investments(out, data, 2);
    out.heading(1, "Åtgärdsplan");
    actionPlan(out, data);
    out.heading(1, "Riktade statsbidrag");
    stateGrants(out, data);
    out.heading(1, "Sjukfrånvaro");
    out.placeholder("sjukfrånvaro");
    return document;
}

ReportDocument buildReport(const ReportData &data, const ReportTemplate &style)
{
    switch (data.request.kind) {
    case ReportKind::Month: return buildMonthReport(data, style);
    case ReportKind::Tertial: return buildTertialReport(data, style);
    case ReportKind::Interim: return buildInterimReport(data, style);
    case ReportKind::Annual: return buildAnnualReport(data, style);
    }
    return buildMonthReport(data, style);
}

} // namespace Tertial::Reports
