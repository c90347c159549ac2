// SPDX-License-Identifier: GPL-3.0-or-later
// Exact money: an integer count of öre. Rounding happens only for display.
#pragma once

#include <compare>
#include <cstdint>

namespace Tertial::Core {

// belopp: an exact amount in öre (1 krona = 100 öre).
class Money final
{
public:
    constexpr Money() = default;
    static constexpr Money fromOre(std::int64_t ore) { return Money(ore); }
    static constexpr Money fromKronor(std::int64_t kronor) { return Money(kronor * 100); }
    static constexpr Money fromThousands(std::int64_t tkr) { return Money(tkr * 100'000); }

    constexpr std::int64_t ore() const { return m_ore; }
    constexpr bool isZero() const { return m_ore == 0; }
    constexpr bool isNegative() const { return m_ore < 0; }
    constexpr Money abs() const { return Money(m_ore < 0 ? -m_ore : m_ore); }

    // Exact ratio of two amounts as a double, for percentages; never called with a zero divisor
    // by the core (callers check), but returns 0 rather than inf if they do.
    constexpr double ratioTo(Money divisor) const
    {
        return divisor.m_ore == 0 ? 0.0 : static_cast<double>(m_ore) / static_cast<double>(divisor.m_ore);
    }

    // this × numerator / denominator, rounded half away from zero to whole öre.
    // Used for periodisation (budget × months / 12) where the result must be exact to the öre.
    Money scaled(std::int64_t numerator, std::int64_t denominator) const;

    // Rounded half away from zero to a whole multiple of `step` öre (100 = kronor, 100 000 = tkr).
    Money roundedTo(std::int64_t step) const;

    constexpr Money operator-() const { return Money(-m_ore); }
    constexpr Money operator+(Money o) const { return Money(m_ore + o.m_ore); }
    constexpr Money operator-(Money o) const { return Money(m_ore - o.m_ore); }
    constexpr Money &operator+=(Money o) { m_ore += o.m_ore; return *this; }
    constexpr Money &operator-=(Money o) { m_ore -= o.m_ore; return *this; }
    constexpr Money operator*(std::int64_t factor) const { return Money(m_ore * factor); }

    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(std::int64_t ore) : m_ore(ore) {}
    std::int64_t m_ore = 0;
};

// Integer division rounded half away from zero; denominator must not be zero.
std::int64_t divideRounded(std::int64_t numerator, std::int64_t denominator);

} // namespace Tertial::Core
