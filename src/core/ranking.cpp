// SPDX-License-Identifier: GPL-3.0-or-later
// Competition ranking and quartiles.
#include "ranking.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace Tertial::Core {

std::string_view directionCode(Direction direction)
{
    return direction == Direction::HigherIsBetter ? "högre" : "lägre";
}

std::optional<Direction> directionFromCode(std::string_view code)
{
    if (code == "högre")
        return Direction::HigherIsBetter;
    if (code == "lägre")
        return Direction::LowerIsBetter;
    return std::nullopt;
}

std::vector<std::optional<RankPosition>> rankValues(std::span<const std::optional<double>> values,
                                                    Direction direction)
{
    std::vector<std::size_t> present;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] && !std::isnan(*values[i]))
            present.push_back(i);
    }
    const auto better = [&](std::size_t a, std::size_t b) {
        return direction == Direction::HigherIsBetter ? *values[a] > *values[b] : *values[a] < *values[b];
    };
    std::stable_sort(present.begin(), present.end(), better);

    std::vector<std::optional<RankPosition>> result(values.size());
    const int count = static_cast<int>(present.size());
    int rank = 0;
    for (std::size_t position = 0; position < present.size(); ++position) {
        // A tie keeps the rank of the first of its group; the next distinct value skips ahead.
        if (position == 0 || *values[present[position]] != *values[present[position - 1]])
            rank = static_cast<int>(position) + 1;
        result[present[position]] = RankPosition{rank, quartileOf(rank, count).value_or(0)};
    }
    return result;
}

std::optional<int> quartileOf(int rank, int count)
{
    if (count < 1 || rank < 1 || rank > count)
        return std::nullopt;
    // 64-bit so that 4 × (rank − 1) cannot overflow for any int count.
    return 1 + static_cast<int>(4 * (static_cast<long long>(rank) - 1) / count);
}

} // namespace Tertial::Core
