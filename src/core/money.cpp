// SPDX-License-Identifier: GPL-3.0-or-later
// Exact money arithmetic.
#include "money.h"

namespace Tertial::Core {
namespace {

__extension__ typedef __int128 Wide; // GCC/Clang; keeps -Wpedantic quiet

// 128-bit intermediate: a budget in öre times a day count or a weight must not overflow.
std::int64_t divideRounded128(Wide n, Wide d)
{
    if (d < 0) {
        n = -n;
        d = -d;
    }
    Wide q = n / d;
    const Wide r = n % d;
    // Half away from zero: compare twice the remainder with the divisor.
    if (2 * (r < 0 ? -r : r) >= d)
        q += n < 0 ? -1 : 1;
    return static_cast<std::int64_t>(q);
}

} // namespace

std::int64_t divideRounded(std::int64_t numerator, std::int64_t denominator)
{
    return divideRounded128(numerator, denominator);
}

Money Money::scaled(std::int64_t numerator, std::int64_t denominator) const
{
    return Money(divideRounded128(static_cast<Wide>(m_ore) * numerator, denominator));
}

Money Money::roundedTo(std::int64_t step) const
{
    return Money(divideRounded(m_ore, step) * step);
}

} // namespace Tertial::Core
