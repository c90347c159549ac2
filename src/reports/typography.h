// SPDX-License-Identifier: GPL-3.0-or-later
// Swedish typography of a draft's text: numbers and their units never break apart.
#pragma once

#include <string>
#include <string_view>

namespace Tertial::Reports {

// `text` with a no-break space (U+00A0) where a line break would split a number or part it from
// its unit: between the digit groups of a number ("147 191"), and between a number and a
// following %, ‰, "procent", "procentenheter", "kr", "kronor", "tkr", "mnkr", "miljoner",
// "miljarder", "tusen", "dygn", "timmar", "personer" (domain.md §9: "16,4 %", "3,8 miljoner
// kronor", where "miljoner" and "kronor" are bound too). Only plain spaces are replaced; every
// other byte is kept, so the function is idempotent.
std::string bindNumbers(std::string_view text);

} // namespace Tertial::Reports
