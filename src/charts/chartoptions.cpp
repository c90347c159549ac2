// SPDX-License-Identifier: GPL-3.0-or-later
// Amount conversions for plotting.
#include "chartoptions.h"

#include <QCoreApplication>

#include <string_view>

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

QString chartText(const ChartOptions &options, const char *swedish)
{
    return options.translated ? QCoreApplication::translate("Tertial::Charts", swedish) : QString::fromUtf8(swedish);
}

QString unitText(const ChartOptions &options)
{
    // The same words as the table's header in the workbench's language (kSEK under --lang en).
    static const char *const names[] = {QT_TRANSLATE_NOOP("Tertial::Charts", "kr"),
                                        QT_TRANSLATE_NOOP("Tertial::Charts", "tkr"),
                                        QT_TRANSLATE_NOOP("Tertial::Charts", "mnkr")};
    const std::string_view code = Core::unitCode(options.unit);
    for (const char *name : names)
        if (code == name)
            return chartText(options, name);
    return QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()));
}

} // namespace Tertial::Charts
