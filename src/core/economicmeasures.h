// SPDX-License-Identifier: GPL-3.0-or-later
// The additive measures of a row: from entered figures, and summed exactly (domain.md §4.6).
#pragma once

#include "economictable.h"

namespace Tertial::Core {

// A leaf's measures as of `month`: utfall netto from the split or the entered netto, periodens
// budget entered or else the budget helår periodised by `profile`. Derived values are left empty.
EconomicValues measuresOf(const EnteredFigures &figures, const PeriodizationProfile &profile, int year, int month);

// Adds the additive measures of `addend` into `sum`. A measure absent on every addend stays
// absent; otherwise absent addends count as zero. Derived values are not touched.
void addMeasures(EconomicValues &sum, const EconomicValues &addend);

} // namespace Tertial::Core
