// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces the report builders share: tables, sentences, registers, placeholders.
#pragma once

#include "reportdata.h"
#include "reportdocument.h"
#include "reporttemplate.h"

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
Table kontoslagTable(const Core::EconomicTable &table, const ReportData &data, const ReportTemplate &style);
// Seed 000 §7 per verksamhet: its children with utfall, budget, avvikelse, %, prognos, föregående
// år, förändring, %; empty when the verksamhet has no children with figures.
Table annualVerksamhetTable(const ReportData &data, const ReportTemplate &style, const Core::EconomicRow &parent);

// Budget, utfall and prognos per top-level verksamhet (the chart builders' budget chart).
ChartSlot budgetChart(const ReportData &data);

// `none`: the sentence when there are none (a template's wording), else the default.
// `heading`: the heading above the table ("" for none), numbered in the outline or not.
// `emptyTable`: with no investments the table is printed all the same, its Summa row empty
// (seed 002 §3.1), after a placeholder for the text, instead of the sentence.
void investments(Writer &out, const ReportData &data, int subLevel, const std::string &none = {},
                 const std::string &heading = "Investeringstabell", bool numbered = true, bool emptyTable = false);
void actionPlan(Writer &out, const ReportData &data);
void stateGrants(Writer &out, const ReportData &data);
// Indicator tables per målområde with status symbols, and the legend.
void indicators(Writer &out, const ReportData &data, int level, bool numbered);
// Volume tables and charts of a top-level verksamhet's subtree (nothing when it has none).
// `chartOnly`: a mått whose table another block prints (volumeHistory): only its chart here.
void volumes(Writer &out, const ReportData &data, Storage::Id topLevel, const std::string &chartOnly = {});

} // namespace Tertial::Reports::Sections
