// SPDX-License-Identifier: GPL-3.0-or-later
// Tertialdiagram.
#include "tertialchart.h"

#include "chartbars.h"
#include "chartinteraction.h"
#include "chartoptions.h"
#include "chartstyle.h"
#include "charttext.h"

#include <qcustomplot.h>

#include <algorithm>

namespace Tertial::Charts {

void TertialChart::build(QCustomPlot *plot, const Core::TertialSplit &split, int year, const std::string &name,
                         const ChartOptions &options)
{
    const QString unit = unitText(options);
    const int decimals = Core::defaultDecimals(options.unit);
    setupChart(plot,
               QString::fromStdString(name) + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ": nettokostnad och budget per tertial ")) + QString::number(year) +
                   QStringLiteral(" (") + unit + QLatin1Char(')'),
               chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Varje tertial för sig (fyra månader). Siffrorna över staplarna är avvikelsen mot budget: "
                              "+ = överskott, - = underskott.")));
    plot->setProperty("tertialTitle", QString::fromStdString(name));

    constexpr double width = 0.3;
    auto *group = new QCPBarsGroup(plot);
    group->setSpacingType(QCPBarsGroup::stPlotCoords);
    group->setSpacing(0.0);
    QCPBars *budget = addBars(plot, group, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Budget")), Palette::Orange, width);
    QCPBars *actual = addBars(plot, group, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Nettokostnad (utfall)")), Palette::Blue, width);
    setValueFormat(budget, unit, decimals);
    setValueFormat(actual, unit, decimals);

    double high = 0.0;
    double low = 0.0;
    for (std::size_t t = 0; t < split.tertials.size(); ++t) {
        const Core::TertialColumn &column = split.tertials[t];
        const double key = static_cast<double>(t + 1);
        if (column.budgetPeriod) {
            const double value = plotAmount(*column.budgetPeriod, options);
            budget->addData(key, value);
            high = std::max(high, value);
            low = std::min(low, value);
        }
        if (column.actualNet) {
            const double value = plotAmount(*column.actualNet, options);
            actual->addData(key, value);
            high = std::max(high, value);
            low = std::min(low, value);
            if (column.budgetDeviation) {
                const double deviation = static_cast<double>(column.budgetDeviation->ore()) /
                                         static_cast<double>(Core::orePerUnit(options.unit));
                addBarLabel(plot, key + barOffset(1, 2, width), value, signedNumberText(deviation, decimals),
                            column.budgetDeviation->isNegative() ? Palette::Vermillion.darker(120)
                                                                 : Palette::BluishGreen.darker(130));
            }
        }
    }
    const QStringList labels = {chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "T1\njan–apr")), chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "T2\nmaj–aug")), chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "T3\nsep–dec"))};
    setTextTicker(plot->xAxis, labels);
    styleAxis(plot->xAxis, QString());
    plot->xAxis->setTickLength(0, 0);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0.5, 3.5);
    styleAxis(plot->yAxis, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Nettokostnad (")) + unit + QLatin1Char(')'));
    setNumberTicker(plot->yAxis, 0);
    const double span = std::max(high - low, 1.0);
    plot->yAxis->setRange(low < 0 ? low - span * 0.08 : 0.0, high + span * 0.1);

    if (options.interactive)
        ChartInteraction::install(plot, [labels](double key) -> QString {
            const int index = static_cast<int>(std::lround(key)) - 1;
            return index >= 0 && index < labels.size() ? QString(labels.at(index)).replace(QLatin1Char('\n'), QLatin1Char(' '))
                                                       : QString();
        }, false);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Tertial::Charts
