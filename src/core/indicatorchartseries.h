// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator history: utfall per year with its målvärde and status.
#pragma once

#include "error.h"
#include "indicatorstatus.h"
#include "indicatortarget.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Core {

struct IndicatorYearInput final
{
    int year = 0;
    std::optional<double> actual; // utfall; absent = saknas
    std::optional<double> target; // målvärde that year; absent = no target set
};

struct IndicatorChartPoint final
{
    int year = 0;
    std::optional<double> actual;
    std::optional<double> target;
    // Status against that year's target (Increase/Decrease: against the previous year's utfall);
    // absent when the year has no target to judge by.
    std::optional<IndicatorStatus> status;
};

struct IndicatorChartSeries final
{
    std::string name;
    std::string unit;
    TargetKind kind = TargetKind::AtLeast;
    std::vector<IndicatorChartPoint> points; // by year, earliest first
};

// Sorts the years, fills a gap between two years with a year without utfall, judges each with indicatorStatus (Level uses the target's tolerance; the
// share is the indicator's own or `defaultPartialShare`). Two entries for one year: Conflict.
Result<IndicatorChartSeries> indicatorChartSeries(std::string name, std::string unit, IndicatorTarget target,
                                                  std::vector<IndicatorYearInput> years,
                                                  double defaultPartialShare = kDefaultPartialShare);

} // namespace Tertial::Core
