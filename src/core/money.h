// SPDX-License-Identifier: GPL-3.0-or-later
// Exact money: an integer count of öre. Rounding happens only for display.
#pragma once

#include <compare>
#include <cstdint>
#include <limits>

namespace Tertial::Core {

// belopp: an exact amount in öre (1 krona = 100 öre).
//
// Arithmetic is checked: a sum, difference or product that does not fit in 64 bits is not
// wrapped around but gives the invalid amount (isValid() false), and every operation on an
// invalid amount stays invalid, so an overflow anywhere in a roll-up reaches the total as an
// error value, never as a wrong number. formatAmount shows it as "för stort".
// Input is bounded long before that: files and edits accept at most ±maxAmountOre (withinBounds),
// so only a sum of thousands of extreme figures can overflow.
class Money final
{
public:
    // ±10^15 öre = ±10 000 000 000 000 kr, ten times the yearly cost of all Swedish kommuner and
    // regions together; docs/formats.md states it. The parsers refuse anything larger.
    static constexpr std::int64_t maxAmountOre = 1'000'000'000'000'000;

    constexpr Money() = default;
    // An öre count; INT64_MIN is the invalid amount (it has no negation).
    static constexpr Money fromOre(std::int64_t ore) { return Money(ore); }
    static constexpr Money fromKronor(std::int64_t kronor) { return Money(kronor) * 100; }
    static constexpr Money fromThousands(std::int64_t tkr) { return Money(tkr) * 100'000; }
    static constexpr Money invalid() { return Money(kInvalid); }
    // A computed öre count (a double), rounded half away from zero; not finite or outside 64 bits:
    // invalid.
    static Money fromRoundedOre(double ore);

    constexpr std::int64_t ore() const { return m_ore; }
    constexpr bool isValid() const { return m_ore != kInvalid; }
    constexpr bool isZero() const { return m_ore == 0; }
    constexpr bool isNegative() const { return isValid() && m_ore < 0; }
    constexpr Money abs() const { return m_ore < 0 ? -*this : *this; }
    // |amount| ≤ maxAmountOre (and valid): what a file or an edit may contain.
    static constexpr bool withinBounds(Money amount)
    {
        return amount.m_ore >= -maxAmountOre && amount.m_ore <= maxAmountOre;
    }

    // Exact ratio of two amounts as a double, for percentages; never called with a zero divisor
    // by the core (callers check), but returns 0 rather than inf if they do. NaN for an invalid
    // amount (formatPercent prints nothing for it).
    constexpr double ratioTo(Money divisor) const
    {
        if (!isValid() || !divisor.isValid())
            return std::numeric_limits<double>::quiet_NaN();
        return divisor.m_ore == 0 ? 0.0 : static_cast<double>(m_ore) / static_cast<double>(divisor.m_ore);
    }

    // this × numerator / denominator, rounded half away from zero to whole öre.
    // Used for periodisation (budget × months / 12) where the result must be exact to the öre.
    Money scaled(std::int64_t numerator, std::int64_t denominator) const;

    // Rounded half away from zero to a whole multiple of `step` öre (100 = kronor, 100 000 = tkr).
    Money roundedTo(std::int64_t step) const;

    constexpr Money operator-() const { return isValid() ? Money(-m_ore) : *this; }
    constexpr Money operator+(Money o) const
    {
        std::int64_t result = 0;
        if (!isValid() || !o.isValid() || __builtin_add_overflow(m_ore, o.m_ore, &result))
            return invalid();
        return Money(result);
    }
    constexpr Money operator-(Money o) const
    {
        std::int64_t result = 0;
        if (!isValid() || !o.isValid() || __builtin_sub_overflow(m_ore, o.m_ore, &result))
            return invalid();
        return Money(result);
    }
    constexpr Money &operator+=(Money o) { return *this = *this + o; }
    constexpr Money &operator-=(Money o) { return *this = *this - o; }
    constexpr Money operator*(std::int64_t factor) const
    {
        std::int64_t result = 0;
        if (!isValid() || __builtin_mul_overflow(m_ore, factor, &result))
            return invalid();
        return Money(result);
    }

    // The invalid amount compares below every other (it is INT64_MIN): callers that rank or
    // compare computed amounts check isValid() where it matters.
    constexpr auto operator<=>(const Money &) const = default;

private:
    static constexpr std::int64_t kInvalid = std::numeric_limits<std::int64_t>::min();
    constexpr explicit Money(std::int64_t ore) : m_ore(ore) {}
    std::int64_t m_ore = 0;
};

// Integer division rounded half away from zero; denominator must not be zero.
std::int64_t divideRounded(std::int64_t numerator, std::int64_t denominator);

} // namespace Tertial::Core
