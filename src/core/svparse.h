// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing numbers the way Swedish Excel and ERP exports write them.
#pragma once

#include "error.h"
#include "money.h"
#include "unit.h"

#include <string_view>

namespace Tertial::Core {

// Accepts "-1 234,5", "−1 234,5" (U+2212), "1234,5", "1234.5" when unambiguous, "(1 234)" as a
// negative, thousands separated by space, U+00A0 or U+202F, surrounding blanks, "+12".
// The value is in `unit` and is converted exactly to öre; a value with more decimals than
// öre can hold is an error (never silently rounded). The error message says what was wrong
// and what was expected, in Swedish, without a location (the caller adds file:line: column).
Result<Money> parseAmount(std::string_view text, AmountUnit unit);

// A plain decimal number (volumes, indicator values, percent figures without '%').
Result<double> parseNumber(std::string_view text);

// A whole number (years, months, counts); same separators as parseAmount.
Result<long long> parseInteger(std::string_view text);

} // namespace Tertial::Core
