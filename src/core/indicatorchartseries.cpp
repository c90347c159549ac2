// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator history with status per year.
#include "indicatorchartseries.h"

#include <algorithm>

namespace Tertial::Core {

Result<IndicatorChartSeries> indicatorChartSeries(std::string name, std::string unit, IndicatorTarget target,
                                                  std::vector<IndicatorYearInput> years,
                                                  double defaultPartialShare)
{
    std::sort(years.begin(), years.end(),
              [](const IndicatorYearInput &a, const IndicatorYearInput &b) { return a.year < b.year; });
    IndicatorChartSeries series{std::move(name), std::move(unit), target.kind, {}};
    // A year without a row between the first and the last is a year without utfall: listed, so
    // that a chart shows the gap instead of a line straight across it.
    for (std::size_t i = 1; i < years.size(); ++i)
        if (years[i].year > years[i - 1].year + 1)
            years.insert(years.begin() + static_cast<std::ptrdiff_t>(i), IndicatorYearInput{years[i - 1].year + 1, {}, {}});
    const bool relative = target.kind == TargetKind::Increase || target.kind == TargetKind::Decrease;
    for (std::size_t i = 0; i < years.size(); ++i) {
        const IndicatorYearInput &year = years[i];
        if (i > 0 && years[i - 1].year == year.year)
            return fail(ErrorCode::Conflict, "diagram indikator " + series.name + ": två värden för år " +
                                                 std::to_string(year.year));
        IndicatorChartPoint point{year.year, year.actual, year.target, std::nullopt};
        std::optional<double> previous;
        if (i > 0 && years[i - 1].year == year.year - 1)
            previous = years[i - 1].actual;
        if (relative || year.target) {
            IndicatorTarget judged = target;
            if (year.target)
                judged.value = *year.target;
            auto status = indicatorStatus(judged, year.actual, previous, defaultPartialShare);
            if (!status)
                return std::unexpected(status.error());
            point.status = *status;
        }
        series.points.push_back(point);
    }
    return series;
}

} // namespace Tertial::Core
