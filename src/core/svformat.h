// SPDX-License-Identifier: GPL-3.0-or-later
// sv-SE number formatting as the reports print it: "-147 191", "16,4", "0,8 %".
#pragma once

#include "money.h"
#include "unit.h"

#include <optional>
#include <string>

namespace Tertial::Core {

struct NumberStyle final
{
    enum class Minus { Hyphen, Unicode };           // '-' (the reports) or U+2212
    enum class Grouping { Space, NoBreakSpace, None }; // None: CSV for Excel
    Minus minus = Minus::Hyphen;
    Grouping grouping = Grouping::Space;
};

// An amount in the given unit, rounded half away from zero; decimals default to the unit's
// (kr and tkr none, mnkr one). Money::fromThousands(-147191) in tkr -> "-147 191".
std::string formatAmount(Money amount, AmountUnit unit, NumberStyle style = {},
                         std::optional<int> decimals = std::nullopt);

// A plain number with a fixed count of decimals: 275.9 -> "275,9"; 1591 -> "1 591".
std::string formatNumber(double value, int decimals, NumberStyle style = {});

// A ratio as percent with a space before '%': 0.008 -> "0,8 %" (decimals default 1).
std::string formatPercent(double ratio, int decimals = 1, NumberStyle style = {});

// Miljoner kronor for the standard sentences: Money of 17 669 tkr -> "17,7".
std::string formatMillions(Money amount, NumberStyle style = {});

} // namespace Tertial::Core
