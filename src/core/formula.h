// SPDX-License-Identifier: GPL-3.0-or-later
// Simple formulas typed into an amount cell, as in Excel: "=100+20", "=(1 200,5 − 200)*3".
#pragma once

#include "error.h"
#include "money.h"
#include "unit.h"

#include <string_view>

namespace Tertial::Core {

// True when the text (after leading blanks) starts with '=': it is a formula, not a number.
bool isFormula(std::string_view text);

// Evaluates a formula in `unit` exactly and rounds the result once, half away from zero, to
// whole öre. The text is UTF-8:
// - '=' first; then numbers written as parseAmount reads them ("1 234,5", "0.25", U+00A0 and
//   U+202F as thousands separators), without a sign of their own: a sign is an operator;
// - operators + and - (also U+2212), * and / (also × U+00D7 and ÷ U+00F7), unary + and -;
//   * and / bind before + and -; left to right otherwise;
// - parentheses, blanks anywhere between tokens.
// Errors (in Swedish) name the character position (1 = the '=') and what was expected; a
// division by zero and a result outside the öre range are errors, never a silent value.
Result<Money> evaluateFormula(std::string_view text, AmountUnit unit);

} // namespace Tertial::Core
