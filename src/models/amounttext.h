// SPDX-License-Identifier: GPL-3.0-or-later
// Screen text for amounts and ratios, through the core's sv-SE formatting.
#pragma once

#include "core/money.h"
#include "core/unit.h"

#include <QString>

namespace Tertial::Models {

// Display: grouped with no-break spaces and a real minus sign (U+2212), rounded to the unit's
// decimals ("−2 066" tkr, "17,7" mnkr).
QString displayAmount(Core::Money amount, Core::AmountUnit unit);
// Editing: the exact value in the unit without grouping, with as many decimals as the öre need
// ("-103783" tkr, "-2066,25" tkr), so that committing an unchanged editor changes nothing.
QString editAmount(Core::Money amount, Core::AmountUnit unit);
// Copying for Excel: like editAmount, with a hyphen-minus (Excel reads it in a Swedish locale).
QString copyAmount(Core::Money amount, Core::AmountUnit unit);
// "−2,4 %" with a no-break space before the sign.
QString displayPercent(double ratio);

} // namespace Tertial::Models
