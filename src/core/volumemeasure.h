// SPDX-License-Identifier: GPL-3.0-or-later
// What a volume counts (mått): personer, dygn, timmar, kunder, placeringar.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace Tertial::Core {

// mått of a volume series (domain.md §4.8)
enum class VolumeMeasure {
    Persons,    // personer
    Days,       // dygn (vårddygn)
    Hours,      // timmar (beviljade timmar)
    Customers,  // kunder
    Placements, // placeringar
};

inline constexpr std::array<VolumeMeasure, 5> kAllVolumeMeasures = {
    VolumeMeasure::Persons, VolumeMeasure::Days, VolumeMeasure::Hours, VolumeMeasure::Customers,
    VolumeMeasure::Placements,
};

// As stored and in files: personer, dygn, timmar, kunder, placeringar. Never change these.
std::string_view volumeMeasureCode(VolumeMeasure measure);
std::optional<VolumeMeasure> volumeMeasureFromCode(std::string_view code);

} // namespace Tertial::Core
