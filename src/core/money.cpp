// SPDX-License-Identifier: GPL-3.0-or-later
// Exact money arithmetic.
#include "money.h"

#include <cmath>

namespace Tertial::Core {
namespace {

__extension__ typedef __int128 Wide; // GCC/Clang; keeps -Wpedantic quiet

// 128-bit intermediate: a budget in öre times a day count or a weight must not overflow.
Wide divideRounded128(Wide n, Wide d)
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
    return q;
}

// The 128-bit result as an amount, or the invalid amount when it does not fit.
Money narrowed(Wide ore)
{
    if (ore <= std::numeric_limits<std::int64_t>::min() || ore > std::numeric_limits<std::int64_t>::max())
        return Money::invalid();
    return Money::fromOre(static_cast<std::int64_t>(ore));
}

} // namespace

std::int64_t divideRounded(std::int64_t numerator, std::int64_t denominator)
{
    const Wide q = divideRounded128(numerator, denominator);
    // Only INT64_MIN / -1 leaves the range; saturate rather than wrap (the core never divides by
    // a negative step).
    return q > std::numeric_limits<std::int64_t>::max() ? std::numeric_limits<std::int64_t>::max()
                                                        : static_cast<std::int64_t>(q);
}

Money Money::fromRoundedOre(double ore)
{
    // 2^63 is exactly representable; anything at or beyond it (or NaN) has no öre count.
    constexpr double limit = 9223372036854775808.0;
    if (!std::isfinite(ore))
        return invalid();
    const double rounded = std::round(ore); // half away from zero
    if (rounded >= limit || rounded <= -limit)
        return invalid();
    return fromOre(static_cast<std::int64_t>(rounded));
}

Money Money::scaled(std::int64_t numerator, std::int64_t denominator) const
{
    if (!isValid() || denominator == 0)
        return invalid();
    return narrowed(divideRounded128(static_cast<Wide>(m_ore) * numerator, denominator));
}

Money Money::roundedTo(std::int64_t step) const
{
    if (!isValid() || step <= 0)
        return invalid();
    return narrowed(divideRounded128(m_ore, step) * step);
}

} // namespace Tertial::Core
