// SPDX-License-Identifier: GPL-3.0-or-later
// Glidande medelvärde over complete windows.
#include "rollingmean.h"

namespace Tertial::Core {

std::vector<std::optional<double>> rollingMean(std::span<const std::optional<double>> values,
                                               std::size_t window)
{
    std::vector<std::optional<double>> means(values.size());
    if (window == 0)
        return means;
    // Summed afresh per window rather than as a running sum, so that a long series never
    // accumulates rounding error from adding and subtracting.
    for (std::size_t end = window; end <= values.size(); ++end) {
        double sum = 0.0;
        bool complete = true;
        for (std::size_t i = end - window; i < end && complete; ++i) {
            if (values[i])
                sum += *values[i];
            else
                complete = false;
        }
        if (complete)
            means[end - 1] = sum / static_cast<double>(window);
    }
    return means;
}

} // namespace Tertial::Core
