// SPDX-License-Identifier: GPL-3.0-or-later
// sv-SE number formatting as the reports print it: "-147 191", "16,4", "0,8 %".
#pragma once

#include "money.h"
#include "unit.h"

#include <optional>
#include <string>
#include <string_view>

namespace Tertial::Core {

// All functions return UTF-8. Rounding is half away from zero, and a value that rounds to zero
// prints "0" (never "-0", "-0,0").
struct NumberStyle final
{
    enum class Minus { Hyphen, Unicode };           // '-' (the reports) or U+2212
    enum class Grouping { Space, NoBreakSpace, None }; // None: CSV for Excel
    Minus minus = Minus::Hyphen;
    Grouping grouping = Grouping::Space;
};

// An amount in the given unit, rounded half away from zero from the exact öre with integer
// arithmetic; decimals default to the unit's (kr and tkr none, mnkr one). Decimals beyond what
// öre can hold (3 for kr) are padded with zeros; a negative count is taken as 0.
// Money::fromThousands(-147191) in tkr -> "-147 191". The invalid amount (a sum that overflowed)
// is kInvalidAmountText, never digits.
inline constexpr std::string_view kInvalidAmountText = "för stort";
std::string formatAmount(Money amount, AmountUnit unit, NumberStyle style = {},
                         std::optional<int> decimals = std::nullopt);

// A plain number with a fixed count of decimals: 275.9 -> "275,9"; 1591 -> "1 591".
// Rounds the shortest decimal text of the double (what was typed: 1.005 -> "1,01"), so binary
// representation error never decides a half. NaN and infinities give an empty string (the
// caller shows its own "saknas"). Decimals are clamped to 0..17.
std::string formatNumber(double value, int decimals, NumberStyle style = {});

// A ratio as percent with a space before '%': 0.008 -> "0,8 %" (decimals default 1).
// The ×100 is exact (a shift of the decimal text). The space is a no-break space when the style
// groups with no-break spaces, else a plain space.
std::string formatPercent(double ratio, int decimals = 1, NumberStyle style = {});

// Miljoner kronor with one decimal for the standard sentences: 17 669 tkr -> "17,7".
std::string formatMillions(Money amount, NumberStyle style = {});

} // namespace Tertial::Core
