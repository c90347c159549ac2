// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast bridge and prognossäkerhet of a nämnd-year, from its analysis.
#pragma once

#include "namndanalysis.h"

#include "core/forecastaccuracy.h"
#include "core/forecastbridge.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Analysis {

// The rows a per-verksamhet series compares: the non-memo children of `parent` (absent: the
// top-level rows); a verksamhet without children is compared alone.
std::vector<const Core::EconomicRow *> comparedRows(const Core::EconomicTable &table, std::optional<Core::NodeId> parent);

// Prognosbrygga from the latest prognos before `month` to the month's, per compared row. Only a
// prognos of the whole row counts (forecastCoversWhole); at the year's end the utfall stands in
// where no december prognos was made (`endsInActual` then says so).
struct BridgeSeries final
{
    Core::ForecastBridge bridge;
    bool endsInActual = false; // the last bar is "Utfall helår"
};
Core::Result<BridgeSeries> forecastBridge(const NamndAnalysis &analysis, int month, std::optional<Core::NodeId> verksamhet);

// Prognossäkerhet per compared row and, last, of the selection itself (named `totalName`):
// each month's prognos of the whole row against the december utfall.
struct AccuracySeries final
{
    std::vector<Core::ActivityForecastAccuracy> rows;
    std::string totalName;
};
Core::Result<AccuracySeries> forecastAccuracy(const NamndAnalysis &analysis, std::optional<Core::NodeId> verksamhet);

} // namespace Tertial::Analysis
