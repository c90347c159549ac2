// SPDX-License-Identifier: GPL-3.0-or-later
// A count with its noun in the right Swedish number: "1 rad", "2 rader", "0 rader".
#pragma once

#include <string>
#include <string_view>

namespace Tertial::Core {

// "<count> <singular>" for exactly one (and minus one), else "<count> <plural>": Swedish uses
// the plural for zero too ("0 rader"). The count is written without grouping, as the CLI's
// other numbers are, so that scripts can read it.
std::string countOf(long long count, std::string_view singular, std::string_view plural);

} // namespace Tertial::Core
