// SPDX-License-Identifier: GPL-3.0-or-later
// Screen text for amounts and ratios, through the core's sv-SE formatting.
#pragma once

#include "core/money.h"
#include "core/unit.h"

#include <QCoreApplication>
#include <QString>

namespace Tertial::Models {

// Display: grouped with no-break spaces and a real minus sign (U+2212), rounded to the unit's
// decimals ("−2 066" tkr, "17,7" mnkr).
QString displayAmount(Core::Money amount, Core::AmountUnit unit);
// Like displayAmount with as many decimals as the öre need ("−2 066,25" tkr): where rounding
// would hide a difference.
QString displayAmountExact(Core::Money amount, Core::AmountUnit unit);
// Editing: the exact value in the unit without grouping, with as many decimals as the öre need
// ("-103783" tkr, "-2066,25" tkr), so that committing an unchanged editor changes nothing.
QString editAmount(Core::Money amount, Core::AmountUnit unit);
// Copying for Excel: the value as shown (rounded to the unit's decimals) with a hyphen-minus and
// no grouping, which Excel reads as a number in a Swedish locale ("-6931" where "−6 931" shows).
QString copyAmount(Core::Money amount, Core::AmountUnit unit);
// The unit's short name in the UI's language ("tkr"; "kSEK" in English).
QString unitName(Core::AmountUnit unit);
// "−2,4 %" with a no-break space before the sign.
QString displayPercent(double ratio);

} // namespace Tertial::Models
