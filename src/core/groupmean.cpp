// SPDX-License-Identifier: GPL-3.0-or-later
// Unweighted group mean.
#include "groupmean.h"

#include <cmath>

namespace Tertial::Core {

GroupMean unweightedMean(std::span<const std::optional<double>> values)
{
    double sum = 0.0;
    int count = 0;
    for (const auto &value : values) {
        if (value && !std::isnan(*value)) {
            sum += *value;
            ++count;
        }
    }
    if (count == 0)
        return {};
    return GroupMean{sum / count, count};
}

} // namespace Tertial::Core
