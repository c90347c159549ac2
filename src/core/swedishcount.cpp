// SPDX-License-Identifier: GPL-3.0-or-later
// Swedish singular and plural after a count.
#include "swedishcount.h"

namespace Tertial::Core {

std::string countOf(long long count, std::string_view singular, std::string_view plural)
{
    return std::to_string(count) + " " + std::string(count == 1 || count == -1 ? singular : plural);
}

} // namespace Tertial::Core
