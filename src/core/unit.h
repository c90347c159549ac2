// SPDX-License-Identifier: GPL-3.0-or-later
// Display units for amounts: kr, tkr (tusen kronor), mnkr (miljoner kronor).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace Tertial::Core {

enum class AmountUnit { Kronor, Thousands, Millions };

// Öre per one unit: 100 for kr, 100 000 for tkr, 100 000 000 for mnkr.
constexpr std::int64_t orePerUnit(AmountUnit unit)
{
    switch (unit) {
    case AmountUnit::Kronor: return 100;
    case AmountUnit::Thousands: return 100'000;
    case AmountUnit::Millions: return 100'000'000;
    }
    return 100;
}

// Decimals shown by default: tkr and kr none, mnkr one (as the reports print them).
constexpr int defaultDecimals(AmountUnit unit)
{
    return unit == AmountUnit::Millions ? 1 : 0;
}

// "kr", "tkr", "mnkr"
std::string_view unitCode(AmountUnit unit);
std::optional<AmountUnit> unitFromCode(std::string_view code);

} // namespace Tertial::Core
