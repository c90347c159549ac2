// SPDX-License-Identifier: GPL-3.0-or-later
// Screen text for amounts and ratios.
#include "amounttext.h"

#include "core/svformat.h"

#include <algorithm>

namespace Tertial::Models {

using Core::NumberStyle;

namespace {

int exactDecimals(Core::Money amount, Core::AmountUnit unit)
{
    std::int64_t step = Core::orePerUnit(unit);
    int decimals = 0;
    while (step > 1 && amount.ore() % step != 0) {
        step /= 10;
        ++decimals;
    }
    return decimals;
}

} // namespace

QString displayAmount(Core::Money amount, Core::AmountUnit unit)
{
    const NumberStyle style{NumberStyle::Minus::Unicode, NumberStyle::Grouping::NoBreakSpace};
    return QString::fromStdString(Core::formatAmount(amount, unit, style));
}

QString displayAmountExact(Core::Money amount, Core::AmountUnit unit)
{
    const NumberStyle style{NumberStyle::Minus::Unicode, NumberStyle::Grouping::NoBreakSpace};
    return QString::fromStdString(Core::formatAmount(amount, unit, style, std::max(exactDecimals(amount, unit), Core::defaultDecimals(unit))));
}

QString editAmount(Core::Money amount, Core::AmountUnit unit)
{
    const NumberStyle style{NumberStyle::Minus::Hyphen, NumberStyle::Grouping::None};
    return QString::fromStdString(Core::formatAmount(amount, unit, style, exactDecimals(amount, unit)));
}

QString copyAmount(Core::Money amount, Core::AmountUnit unit)
{
    const NumberStyle style{NumberStyle::Minus::Hyphen, NumberStyle::Grouping::None};
    return QString::fromStdString(Core::formatAmount(amount, unit, style));
}

QString unitName(Core::AmountUnit unit)
{
    switch (unit) {
    case Core::AmountUnit::Kronor: return QCoreApplication::translate("Tertial::Models::AmountText", "kr");
    case Core::AmountUnit::Thousands: return QCoreApplication::translate("Tertial::Models::AmountText", "tkr");
    case Core::AmountUnit::Millions: return QCoreApplication::translate("Tertial::Models::AmountText", "mnkr");
    }
    return {};
}

QString displayPercent(double ratio)
{
    const NumberStyle style{NumberStyle::Minus::Unicode, NumberStyle::Grouping::NoBreakSpace};
    return QString::fromStdString(Core::formatPercent(ratio, 1, style));
}

} // namespace Tertial::Models
