// SPDX-License-Identifier: GPL-3.0-or-later
// Riktade statsbidrag: the derived netto of a grant (domain.md §7, seed 003).
#pragma once

#include "money.h"

#include <optional>

namespace Tertial::Core {

// Netto = bidrag − kostnad, with kostnad a positive amount as the reports print it (seed 003
// "Riktade statsbidrag": Personligt ombud 1 214 − 2 295 = −1 081). Without a kostnad the netto is
// unknown, not the whole bidrag (seed 000 lists only förväntat and erhållet).
std::optional<Money> stateGrantNet(Money grant, std::optional<Money> cost);

} // namespace Tertial::Core
