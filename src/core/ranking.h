// SPDX-License-Identifier: GPL-3.0-or-later
// Rank and quartile of municipalities on a key figure (Kolada comparisons, domain.md §5, §6).
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace Tertial::Core {

// Which end of a key figure is best (lower cost, shorter utredningstid, higher nöjdhet).
enum class Direction { HigherIsBetter, LowerIsBetter };

// riktning as stored for an indicator and in files: högre, lägre.
std::string_view directionCode(Direction direction);
std::optional<Direction> directionFromCode(std::string_view code);

struct RankPosition final
{
    int rank = 0;     // 1 = best; ties share the best rank of their group ("1, 2, 2, 4")
    int quartile = 0; // 1 = best 25 % (green), 2-3 = middle 50 % (yellow), 4 = worst 25 % (red)
};

// Competition ranking of the values that are present, in input order; a missing value
// (nullopt or NaN) gets nullopt and does not count in n. Values tie only when exactly equal:
// they are compared as published, not re-rounded.
std::vector<std::optional<RankPosition>> rankValues(std::span<const std::optional<double>> values,
                                                    Direction direction);

// Kolada's quartile of a rank among `count` values: 1 + floor(4 × (rank − 1) / count).
// nullopt unless 1 <= rank <= count.
std::optional<int> quartileOf(int rank, int count);

} // namespace Tertial::Core
