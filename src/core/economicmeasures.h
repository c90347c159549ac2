// SPDX-License-Identifier: GPL-3.0-or-later
// The additive measures of a row: from entered figures, and summed exactly (domain.md §4.6).
#pragma once

#include "economictable.h"
#include "namndfigures.h"

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

// The measure groups of the roll-up: utfall (intäkter, kostnader, netto), periodens budget (netto
// and its split), budget helår, prognos, utfall föregående år. Within a group the figures are one
// published statement: they are taken together, never mixed from two levels.

// Rolls measures up the tree (docs/formats.md, domain.md §4.6), group by group: a node with an
// own figure in a group keeps its own figures of that group (the source published that level and
// summed unrounded amounts, seed 000 §7: Barn och unga −153 701 while its printed leaves add up to
// −153 702); a node without one takes the sum of its non-memo children's values, each measure
// absent when no child has it. `own` is indexed like the tree (depth-first) and holds each node's
// own measures (most empty).
std::vector<EconomicValues> rollUp(const VerksamhetTree &tree, std::vector<EconomicValues> own);

// Adds one kontoslag's measures into a verksamhet's: utfall and periodens budget of an income
// kontoslag count as intäkter, of a cost kontoslag as kostnader; both into netto.
void addKontoslagMeasures(EconomicValues &sum, Kontoslag kontoslag, const EconomicValues &values);

// For each measure group `own` has no figure in, takes that group from `fromKontoslag` (the sum
// of the verksamhet's kontoslag figures, which equal its own total, seed 003).
void fillFromKontoslag(EconomicValues &own, const EconomicValues &fromKontoslag);

// Each node's own measures as of `month`, indexed like the tree: its own figures, and for a
// group it has none of, the sum of its kontoslag figures; each periodised by the node's profile
// (else `defaultProfile`). `figures.wholeNamnd` is not used. Figures for an unknown id are an error.
Result<std::vector<EconomicValues>> ownMeasures(const VerksamhetTree &tree, const NamndFigures &figures, int year,
                                                int month, const PeriodizationProfile &defaultProfile);

// The nämnd total: the sum of the rolled-up non-memo top-level rows.
EconomicValues sumOfTopLevel(const VerksamhetTree &tree, const std::vector<EconomicValues> &rolledUp);

} // namespace Tertial::Core
