// SPDX-License-Identifier: GPL-3.0-or-later
#include "unit.h"

namespace Tertial::Core {

std::string_view unitCode(AmountUnit unit)
{
    switch (unit) {
    case AmountUnit::Kronor: return "kr";
    case AmountUnit::Thousands: return "tkr";
    case AmountUnit::Millions: return "mnkr";
    }
    return "kr";
}

std::optional<AmountUnit> unitFromCode(std::string_view code)
{
    if (code == "kr") return AmountUnit::Kronor;
    if (code == "tkr") return AmountUnit::Thousands;
    if (code == "mnkr") return AmountUnit::Millions;
    return std::nullopt;
}

} // namespace Tertial::Core
