// SPDX-License-Identifier: GPL-3.0-or-later
// Everything a report draft shows, taken from the nämnd's analysis (src/analysis), before any layout.
#pragma once

#include "reportdocument.h"

#include "analysis/indicators.h"
#include "analysis/kpicomparisons.h"
#include "analysis/namndanalysis.h"
#include "analysis/registers.h"
#include "core/economictable.h"
#include "core/error.h"
#include "storage/records.h"
#include "storage/store.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Tertial::Reports {

struct ReportRequest final
{
    std::string kommun; // code, "0182"
    std::string namnd;  // code, "SOCN"
    int year = 0;
    int month = 0;      // the report runs january..month
    ReportKind kind = ReportKind::Month;
    std::string diarienummer; // empty: a placeholder on the cover
};

// One indicator as the analysis decided it (value of the period, målvärde, status).
using IndicatorLine = Analysis::IndicatorLine;

// The analysis's numbers cut for a draft. No number here is computed anew: the tables are the
// analysis's rows (the verksamheter a listing shows, to a depth), the registers and indicators
// its lines.
struct ReportData final
{
    ReportRequest request;
    Storage::Namnd namnd;
    std::string kommunName;
    // Top-level verksamheter as of the month, with föregående år to the same month. The forecast
    // column is the forecast made in the month; in the årsredovisning (month 12) the latest
    // earlier forecast (seed 000 "Prognos T2").
    Core::EconomicTable table;
    // Two levels, same measures (the årsredovisning's tables per verksamhet, seed 000 §7).
    Core::EconomicTable detail;
    int forecastMonth = 0;                          // the month `table.forecast` was made in (0: none)
    std::optional<Core::Money> previousForecastDeviation; // total prognosavvikelse of the previous forecast
    int previousForecastMonth = 0;                  // 0: no earlier forecast this year
    std::optional<Core::EconomicTable> kontoslag;   // Driftredovisning of the whole nämnd, if figures exist
    std::map<Storage::Id, std::string> comments;    // verksamhet -> the controller's comment this month
    std::vector<Storage::ActionItem> actions;
    std::vector<Analysis::InvestmentLine> investments;
    Analysis::InvestmentLine investmentTotal;
    std::vector<Analysis::StateGrantLine> grants;
    Analysis::StateGrantLine grantTotal;
    std::vector<IndicatorLine> indicators;
    std::vector<Storage::Volume> volumes;           // this year and the year before
    std::vector<Storage::Volume> olderVolumes;      // two years before the request (comparison columns)
    std::vector<Storage::PersonnelFigure> personnel; // the personnel register, every year, in its order
    // The full tables as of the tertials' last months up to the month (4, 8, 12): the tertial split.
    std::map<int, Core::EconomicTable> tertialTables;
    std::vector<Storage::Verksamhet> verksamheter;  // the tree, depth-first
    // Jämförelser med andra kommuner (seed 000 §4): the analysis's comparison grid per key figure
    // of the top-level verksamheter, from the Kolada tables of the same database.
    std::vector<Analysis::KpiComparison> comparisons;
};

// The draft's data from an analysis of the request's nämnd, year and month. Errors name what is
// missing (a month without utfall).
Core::Result<ReportData> reportData(const Analysis::NamndAnalysis &analysis, const ReportRequest &request);

// Reads and analyses the request's nämnd-year, then reportData(). Errors name what is missing
// (an unknown kommun or nämnd, a year without figures).
Core::Result<ReportData> loadReportData(Storage::Store &store, const ReportRequest &request);

// The Kolada comparisons of the data's kommun and year, for its top-level verksamheter.
Core::Result<void> addKpiComparisons(ReportData &data, Storage::KoladaStore &kolada);

} // namespace Tertial::Reports
