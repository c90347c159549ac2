// SPDX-License-Identifier: GPL-3.0-or-later
// Volume lines, 30,5-day weighting and rolling means.
#include "volumechartseries.h"

#include "rollingmean.h"
#include "volumemeasures.h"

namespace Tertial::Core {

YearMonth monthAt(int firstYear, int firstMonth, int index)
{
    const int absolute = firstYear * 12 + (firstMonth - 1) + index;
    return {absolute / 12, absolute % 12 + 1};
}

Result<VolumeChartSeries> volumeChartSeries(const std::vector<VolumeInput> &inputs,
                                            const VolumeChartOptions &options)
{
    if (options.firstMonth < 1 || options.firstMonth > 12 || options.monthCount < 0 || options.rollingWindow < 0)
        return fail(ErrorCode::OutOfRange, "diagram volymer: första månad " + std::to_string(options.firstMonth) +
                                               ", antal månader " + std::to_string(options.monthCount) +
                                               " eller fönster " + std::to_string(options.rollingWindow) +
                                               " är utanför tillåtna värden");
    VolumeChartSeries series;
    series.firstYear = options.firstYear;
    series.firstMonth = options.firstMonth;
    series.monthCount = options.monthCount;
    series.weighted = options.weightToStandardMonth;
    series.rollingWindow = options.rollingWindow;
    const int start = options.firstYear * 12 + (options.firstMonth - 1);
    for (const VolumeInput &input : inputs) {
        VolumeLine line;
        line.serviceType = input.serviceType;
        line.values.assign(static_cast<std::size_t>(options.monthCount), std::nullopt);
        for (const VolumeObservation &observation : input.observations) {
            const int index = observation.year * 12 + (observation.month - 1) - start;
            if (observation.month < 1 || observation.month > 12 || index < 0 || index >= options.monthCount)
                continue;
            auto &slot = line.values[static_cast<std::size_t>(index)];
            if (slot)
                return fail(ErrorCode::Conflict, "diagram volymer: " + input.serviceType + " har två värden för " +
                                                     std::to_string(observation.year) + "-" +
                                                     std::to_string(observation.month));
            double value = observation.value;
            if (options.weightToStandardMonth) {
                auto weighted = weightedToStandardMonth(value, observation.year, observation.month);
                if (!weighted)
                    return std::unexpected(weighted.error());
                value = *weighted;
            }
            slot = value;
        }
        line.rollingMean = rollingMean(line.values, static_cast<std::size_t>(options.rollingWindow));
        series.lines.push_back(std::move(line));
    }
    return series;
}

} // namespace Tertial::Core
