// SPDX-License-Identifier: GPL-3.0-or-later
// Amount conversions for plotting.
#include "chartoptions.h"

namespace Tertial::Charts {

double plotAmount(Core::Money amount, const ChartOptions &options)
{
    // A double holds any öre count below 2^53 exactly; the division is for display only.
    const double value = static_cast<double>(amount.ore()) / static_cast<double>(Core::orePerUnit(options.unit));
    return options.costsPositive ? -value : value;
}

double plotChange(Core::Money change, const ChartOptions &options)
{
    return plotAmount(change, options);
}

QString unitText(const ChartOptions &options)
{
    return QString::fromUtf8(Core::unitCode(options.unit));
}

} // namespace Tertial::Charts
