// SPDX-License-Identifier: GPL-3.0-or-later
// Glidande medelvärde: the mean of the last n values, for trend lines in volume charts.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace Tertial::Core {

// For each position i the mean of values[i − window + 1 .. i]. A position gets a mean only when
// the whole window lies in the series and every value in it is present: a 12-month mean over a
// gap would mix seasons (a missing july would make the mean look like a winter). A window of
// 0 gives no means at all.
std::vector<std::optional<double>> rollingMean(std::span<const std::optional<double>> values,
                                               std::size_t window);

} // namespace Tertial::Core
