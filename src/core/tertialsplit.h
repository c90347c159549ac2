// SPDX-License-Identifier: GPL-3.0-or-later
// T1 / T2 / T3 / År: single tertials as differences of cumulative values (domain.md §4.7).
#pragma once

#include "economictable.h"

#include <array>
#include <optional>

namespace Tertial::Core {

// The additive measures of one tertial alone (ratios are not additive and are left out).
struct TertialColumn final
{
    std::optional<Money> actualIncome;
    std::optional<Money> actualCost;
    std::optional<Money> actualNet;       // nettokostnad
    std::optional<Money> budgetPeriod;    // budget for the tertial
    std::optional<Money> budgetDeviation; // budgetavvikelse for the tertial
};

struct TertialSplit final
{
    std::array<TertialColumn, 3> tertials; // jan–apr, maj–aug, sep–dec
    TertialColumn year;                    // År = the cumulative T3
};

// From one row's cumulative values as of april, august and december: T1 = cum(apr),
// T2 = cum(aug) − cum(apr), T3 = cum(dec) − cum(aug). A measure absent at either end is absent.
TertialSplit splitTertials(const EconomicValues &cumulativeT1, const EconomicValues &cumulativeT2,
                           const EconomicValues &cumulativeT3);

} // namespace Tertial::Core
