// SPDX-License-Identifier: GPL-3.0-or-later
// Prognosbrygga (waterfall).
#include "bridgechart.h"

#include "chartbars.h"
#include "chartinteraction.h"
#include "chartoptions.h"
#include "chartstyle.h"
#include "charttext.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Tertial::Charts {

void BridgeChart::build(QCustomPlot *plot, const Core::ForecastBridge &bridge, int year, const std::string &name,
                        const ChartOptions &options, const QString &currentLabel)
{
    const QString unit = unitText(options);
    const int decimals = Core::defaultDecimals(options.unit);
    const double previous = plotAmount(bridge.previousTotal, options);
    const double current = plotAmount(bridge.currentTotal, options);
    const double change = current - previous;
    const QString from = monthLongName(bridge.previousMonth, options.translated);
    const QString to = monthLongName(bridge.month, options.translated);
    const QString last = currentLabel.isEmpty() ? chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Prognos ")) + to : currentLabel;
    const QString changeWord = change > 0 ? chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "ökat")) : chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "minskat"));
    setupChart(plot,
               QString::fromStdString(name) + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ": prognosbrygga ")) + QString::number(year) +
                   chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ", prognos helår ")) + from + QStringLiteral(" → ") + to + QStringLiteral(" (") + unit +
                   QLatin1Char(')'),
               chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Prognosen för nettokostnaden har ")) + changeWord + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " med ")) +
                   numberText(std::abs(change), decimals) + QLatin1Char(' ') + unit + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " sedan ")) + from +
                   chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ". Stapel uppåt: verksamhetens prognos blev dyrare (försämring),\nstapel nedåt: billigare "
                                  "(förbättring). Värdeaxeln börjar inte på noll.")));
    plot->setProperty("tertialTitle", QString::fromStdString(name));

    constexpr double width = 0.6;
    // A waterfall from stacked bars: an invisible base up to the lower end of each step, the
    // visible step stacked on top of it (moveAbove), coloured by direction.
    auto *base = addBars(plot, nullptr, QStringLiteral("bas"), Qt::white, width);
    base->setPen(Qt::NoPen);
    base->setBrush(Qt::NoBrush);
    base->removeFromLegend();
    base->setProperty("tertialNoTip", true);
    auto *totals = addBars(plot, nullptr, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Prognos helår, totalt")), Palette::Blue, width);
    auto *worse = addBars(plot, nullptr, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Dyrare prognos (försämring)")), Palette::Vermillion, width);
    auto *better = addBars(plot, nullptr, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Billigare prognos (förbättring)")), Palette::BluishGreen, width);
    worse->moveAbove(base);
    better->moveAbove(base);
    QStringList totalTips;
    QStringList worseTips;
    QStringList betterTips;

    QStringList labels;
    const int count = static_cast<int>(bridge.steps.size()) + 2;
    double low = std::min(previous, current);
    double high = std::max(previous, current);
    labels << wrapLabel(chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Prognos ")) + from, 14);
    totals->addData(1, previous);
    totalTips << chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Prognos ")) + from + QStringLiteral(": ") + numberText(previous, decimals) + QLatin1Char(' ') + unit;
    addBarLabel(plot, 1, previous, numberText(previous, decimals), Palette::Black);
    for (std::size_t i = 0; i < bridge.steps.size(); ++i) {
        const Core::BridgeStep &step = bridge.steps[i];
        const double key = static_cast<double>(i + 2);
        const double start = plotAmount(step.from, options);
        const double end = plotAmount(step.to, options);
        const double delta = end - start;
        const QString stepName = QString::fromStdString(step.name);
        labels << wrapLabel(stepName, 14);
        base->addData(key, std::min(start, end));
        const QString tip = stepName + QStringLiteral(": ") + signedNumberText(delta, decimals) + QLatin1Char(' ') + unit +
                            QStringLiteral(" (") + numberText(start, decimals) + QStringLiteral(" → ") +
                            numberText(end, decimals) + QLatin1Char(')');
        if (delta > 0) {
            worse->addData(key, delta);
            worseTips << tip;
        } else {
            better->addData(key, std::abs(delta));
            betterTips << tip;
        }
        addBarLabel(plot, key, std::max(start, end), signedNumberText(delta, decimals), Palette::Black);
        low = std::min(low, std::min(start, end));
        high = std::max(high, std::max(start, end));
    }
    labels << wrapLabel(last, 14);
    totals->addData(count, current);
    totalTips << last + QStringLiteral(": ") + numberText(current, decimals) + QLatin1Char(' ') + unit;
    addBarLabel(plot, count, current, numberText(current, decimals), Palette::Black);
    totals->setProperty("tertialTips", totalTips);
    worse->setProperty("tertialTips", worseTips);
    better->setProperty("tertialTips", betterTips);
    if (worse->dataCount() == 0)
        worse->removeFromLegend();
    if (better->dataCount() == 0)
        better->removeFromLegend();

    setTextTicker(plot->xAxis, labels);
    styleAxis(plot->xAxis, QString());
    plot->xAxis->setTickLength(0, 0);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0.5, count + 0.5);
    styleAxis(plot->yAxis, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Prognos nettokostnad (")) + unit + QLatin1Char(')'));
    setNumberTicker(plot->yAxis, 0);
    // The steps are small beside the totals: show the band they move in, with some air.
    const double span = std::max(high - low, std::max(std::abs(high), 1.0) * 0.01);
    plot->yAxis->setRange(low - span * 0.6, high + span * 0.25);

    if (options.interactive)
        ChartInteraction::install(plot, [labels](double key) -> QString {
            const int index = static_cast<int>(std::lround(key)) - 1;
            return index >= 0 && index < labels.size() ? QString(labels.at(index)).replace(QLatin1Char('\n'), QLatin1Char(' '))
                                                       : QString();
        }, false);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Tertial::Charts
