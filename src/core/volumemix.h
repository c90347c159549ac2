// SPDX-License-Identifier: GPL-3.0-or-later
// What-if on a changed mix of insatstyper: the same total dygn shared differently, each type at its own cost per dygn.
#pragma once

#include "error.h"
#include "money.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace Tertial::Core {

// One insatstyp as it actually was: its dygn and its cost (canonical signs, a cost is negative).
struct VolumeMixItem final
{
    std::string serviceType; // insatstyp (Jourhem, Familjehem ...)
    std::int64_t days = 0;   // faktiskt antal dygn
    Money cost;              // faktiskt utfall
};

struct VolumeMixRow final
{
    std::string serviceType;
    std::int64_t actualDays = 0;
    Money actualCost;
    Money costPerDay;          // actualCost / actualDays to the öre, for display (kr/dygn)
    std::int64_t scenarioDays = 0; // kalkylerat antal dygn
    Money scenarioCost;        // kalkylerat utfall = actualCost × scenarioDays / actualDays, exact to the öre
    Money difference;          // kalkylerad skillnad = scenarioCost − actualCost (negative: the scenario costs more)
};

struct VolumeMixScenario final
{
    std::vector<VolumeMixRow> rows;
    std::int64_t totalDays = 0; // the same in both: only the mix changes
    Money actualCost;
    Money scenarioCost;
    Money difference;
};

// Each type gets the given dygn (one per item, same order; they must add up to the actual total).
Result<VolumeMixScenario> volumeMixWithDays(const std::vector<VolumeMixItem> &items,
                                            const std::vector<std::int64_t> &scenarioDays);

// Type `index` gets `share` (0..1) of the total dygn, rounded to whole dygn; the other types share
// the rest in proportion to their actual dygn (largest remainder, so the total is kept).
// Seed 000 §7: "Kostnad om jourhem hade haft samma andel av dygnen som 2019".
Result<VolumeMixScenario> volumeMixWithShare(const std::vector<VolumeMixItem> &items,
                                             std::size_t index, double share);

} // namespace Tertial::Core
