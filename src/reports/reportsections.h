// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces the report builders share: tables, sentences, registers, placeholders.
#pragma once

#include "reportdata.h"
#include "reportdocument.h"
#include "reporttemplate.h"

#include <set>
#include <string>
#include <vector>

namespace Tertial::Reports::Sections {

// Appends blocks to a document; headings are marked numbered or not, the renderers number them.
class Writer final
{
public:
    Writer(ReportDocument &document, const ReportTemplate &style) : m_document(document), m_style(style) {}
    void heading(int level, const std::string &text);          // in the outline numbering
    void unnumbered(int level, const std::string &text);       // never numbered
    void paragraph(const std::string &text, Paragraph::Kind kind = Paragraph::Kind::Body);
    void placeholder(const std::string &what) { paragraph("[Skriv: " + what + "]", Paragraph::Kind::Placeholder); }
    void add(Table table) { m_document.blocks.emplace_back(std::move(table)); }
    void add(ChartSlot chart) { m_document.blocks.emplace_back(std::move(chart)); }
    const ReportTemplate &style() const { return m_style; }

private:
    ReportDocument &m_document;
    const ReportTemplate &m_style;
};

std::string monthName(int month);            // "oktober"
std::string capitalizedPeriod(int year, int month); // "Januari–oktober 2017"
Cover cover(const ReportData &data, const std::string &title);

// Standard sentences of the period and the forecast (domain.md §8), from the table's numbers.
// `withVerksamheter`: also the verksamheter's outcome and the largest deviations (seed 002); the
// template's own wording ("sentences") replaces the core's first sentence.
void periodSentences(Writer &out, const ReportData &data, bool withVerksamheter = true);
void forecastSentences(Writer &out, const ReportData &data);
// The controller's comment of a verksamhet, or a placeholder naming it.
void verksamhetComment(Writer &out, const ReportData &data, const Core::EconomicRow &row);

// Seed 003 "Driftredovisning" per kontoslag (same columns).
// `columns`: the template's (economicColumnKeys()), else seed 003's.
Table kontoslagTable(const Core::EconomicTable &table, const ReportData &data, const ReportTemplate &style,
                     const std::vector<ColumnSpec> &columns = {});
// Seed 000 §7 per verksamhet: its children with utfall, budget, avvikelse, %, prognos, föregående
// år, förändring, %; empty when the verksamhet has no children with figures.
Table annualVerksamhetTable(const ReportData &data, const ReportTemplate &style, const Core::EconomicRow &parent);

// Budget, utfall and prognos per top-level verksamhet (the chart builders' budget chart).
ChartSlot budgetChart(const ReportData &data);

struct InvestmentOptions final
{
    int level = 2;
    std::string none;                          // the sentence when there are none; empty: the default
    std::string heading = "Investeringstabell"; // above the table ("" for none)
    bool numbered = true;                      // the heading in the outline numbering
    // With no investments the table is printed all the same, its Summa row empty (seed 002 §3.1),
    // after a placeholder for the text, instead of the sentence.
    bool emptyTable = false;
    std::string caption;                       // empty: "Investeringar, tkr"
    std::string firstColumn;                   // empty: "Investering, tkr"
    std::string totalLabel;                    // empty: "Summa investeringar"
    std::vector<ColumnSpec> columns;           // investmentColumnKeys(); empty: seed 003's six
};
void investments(Writer &out, const ReportData &data, const InvestmentOptions &options);
void actionPlan(Writer &out, const ReportData &data);
void stateGrants(Writer &out, const ReportData &data, const std::vector<ColumnSpec> &columns = {});
// Indicator tables per målområde with status symbols, and the legend.
// `columns`: indicatorColumnKeys(); empty: status, indikator, utfall of three years, mål.
void indicators(Writer &out, const ReportData &data, int level, bool numbered, const std::vector<ColumnSpec> &columns = {});
// Volume tables and charts of a top-level verksamhet's subtree (nothing when it has none).
// `chartOnly`: a mått whose table another block prints (volumeHistory): only its chart here.
// `except`: verksamheter whose volumes another block prints (tertialVolumes).
void volumes(Writer &out, const ReportData &data, Storage::Id topLevel, const std::string &chartOnly = {},
             const std::set<Storage::Id> &except = {});

} // namespace Tertial::Reports::Sections
