// SPDX-License-Identifier: GPL-3.0-or-later
// Everything a report draft shows, read from the store and derived by the core, before any layout.
#pragma once

#include "reportdocument.h"

#include "core/economictable.h"
#include "core/error.h"
#include "core/indicatorstatus.h"
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

// One indicator with the values a report table shows: the two years before and the report year.
struct IndicatorLine final
{
    Storage::Indicator indicator;
    std::map<int, std::optional<double>> values; // year -> utfall (yearly, else the latest month)
    std::optional<double> target;                // målvärde of the report year
    Core::IndicatorStatus status = Core::IndicatorStatus::Missing;
};

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
    std::vector<Storage::Investment> investments;
    std::vector<Storage::StateGrant> grants;
    std::vector<IndicatorLine> indicators;
    std::vector<Storage::Volume> volumes;           // this year and the year before
    std::vector<Storage::Verksamhet> verksamheter;  // the tree, depth-first
};

// Reads and derives everything for the request. Errors name what is missing (an unknown nämnd,
// a year without figures).
Core::Result<ReportData> loadReportData(Storage::Store &store, const ReportRequest &request);

} // namespace Tertial::Reports
