// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing numbers the way Swedish Excel and ERP exports write them.
#pragma once

#include "error.h"
#include "money.h"
#include "unit.h"

#include <string_view>

namespace Tertial::Core {

// The text is UTF-8. Accepted:
// - surrounding blanks (space, tab, CR, LF, U+00A0, U+202F);
// - one sign: '-', U+2212 or '+' right before the digits, or the whole number in parentheses
//   "(1 234)" as a negative (no sign inside);
// - thousands separated by a space, U+00A0 or U+202F, in groups of exactly three digits after a
//   first group of one to three ("1 234 567"; "12 34" is an error);
// - a decimal comma ("1234,5", ",5"), no separators after it;
// - a decimal point instead of the comma ("1234.5", "0.25", "1.5") unless it could be a thousands
//   point: one to three digits (not starting with 0) then a point then exactly three digits
//   ("1.234", "12.500") is rejected as ambiguous, as is more than one point ("1.234.567") and a
//   point together with a comma ("1.234,5"). Swedish exports rarely write a point at all, so a
//   guess either way would silently change a value by a factor of 1 000.
// The error message says what was wrong and what was expected, in Swedish, without a location
// (the caller adds file:line: column).

// The value is in `unit` and is converted exactly to öre ("1 234,5" tkr = 123 450 000 öre); a
// value with more (non-zero) decimals than öre can hold is an error, never silently rounded;
// a value beyond ±Money::maxAmountOre (±10 000 000 000 000 kr) is an error.
Result<Money> parseAmount(std::string_view text, AmountUnit unit);

// As parseAmount, but limited only by 64-bit öre: the numbers inside a formula, whose result
// evaluateFormula bounds instead (a formula may divide a large number down).
Result<Money> parseAmountWithin64Bits(std::string_view text, AmountUnit unit);

// A plain decimal number (volumes, indicator values, percent figures without '%').
Result<double> parseNumber(std::string_view text);

// A whole number (years, months, counts); same separators as parseAmount, no decimals.
Result<long long> parseInteger(std::string_view text);

} // namespace Tertial::Core
