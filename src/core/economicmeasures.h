// SPDX-License-Identifier: GPL-3.0-or-later
// The additive measures of a row: from entered figures, and summed exactly (domain.md §4.6).
#pragma once

#include "economictable.h"

#include <vector>

namespace Tertial::Core {

// A leaf's measures as of `month`: utfall netto from the split or the entered netto, periodens
// budget entered or else the budget helår periodised by `profile`. Derived values are left empty.
EconomicValues measuresOf(const EnteredFigures &figures, const PeriodizationProfile &profile, int year, int month);

// Adds the additive measures of `addend` into `sum`. A measure absent on every addend stays
// absent; otherwise absent addends count as zero. Derived values are not touched.
void addMeasures(EconomicValues &sum, const EconomicValues &addend);

// Whether any additive measure has a value.
bool hasAnyMeasure(const EconomicValues &values);

// Rolls measures up the tree (docs/formats.md): for each measure a node's value is the sum of its
// non-memo children's values when any of them has that measure, else the node's own figure.
// `own` is indexed like the tree (depth-first) and holds each node's own measures (most empty).
std::vector<EconomicValues> rollUp(const VerksamhetTree &tree, std::vector<EconomicValues> own);

// The nämnd total: the sum of the rolled-up non-memo top-level rows.
EconomicValues sumOfTopLevel(const VerksamhetTree &tree, const std::vector<EconomicValues> &rolledUp);

} // namespace Tertial::Core
