// SPDX-License-Identifier: GPL-3.0-or-later
// Budget / utfall / prognos per verksamhet.
#include "budgetchart.h"

#include "chartbars.h"
#include "chartinteraction.h"
#include "chartoptions.h"
#include "chartstyle.h"
#include "charttext.h"

#include <qcustomplot.h>

#include <algorithm>

namespace Tertial::Charts {

void BudgetChart::build(QCustomPlot *plot, const Core::BudgetChartSeries &series, const ChartOptions &options)
{
    const QString unit = unitText(options);
    const int decimals = Core::defaultDecimals(options.unit);
    const QString month = monthLongName(series.month, options.translated);
    setupChart(plot,
               QString::fromStdString(series.title) + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ": budget, utfall och prognos per verksamhet ")) +
                   QString::number(series.year) + QStringLiteral(" (") + unit + QLatin1Char(')'),
               chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Nettokostnad i ")) + unit + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ". Periodens budget och utfall t.o.m. ")) + month +
                   (options.horizontal
                        ? chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ", budget och prognos för helåret.\nSiffrorna vid staplarna är avvikelsen mot budget: "
                                                                                  "+ = överskott (bättre än budget), - = underskott."))
                        : chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ", budget och prognos för helåret.\nSiffrorna över staplarna är avvikelsen mot budget: "
                                                                                  "+ = överskott (bättre än budget), - = underskott."))));
    plot->setProperty("tertialTitle", QString::fromStdString(series.title));

    constexpr int barCount = 4;
    constexpr double width = 0.2;
    auto *group = new QCPBarsGroup(plot);
    group->setSpacingType(QCPBarsGroup::stPlotCoords);
    group->setSpacing(0.0);
    const bool sideways = options.horizontal;
    // Sideways the group stacks its bars upwards: they join it in reverse below, so that each
    // group reads from the top in the legend's order.
    QCPBarsGroup *upright = sideways ? nullptr : group;
    QCPBars *budgetPeriod = addBars(plot, upright, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Periodens budget t.o.m. ")) + monthShortName(series.month, options.translated),
                                    Palette::SkyBlue, width, sideways);
    QCPBars *actual = addBars(plot, upright, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Utfall t.o.m. ")) + monthShortName(series.month, options.translated),
                              Palette::Blue, width, sideways);
    QCPBars *budgetYear = addBars(plot, upright, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Budget helår")), Palette::Orange, width, sideways);
    QCPBars *forecast = addBars(plot, upright, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Prognos helår")), Palette::Vermillion, width, sideways);
    const QCPBars *all[] = {budgetPeriod, actual, budgetYear, forecast};
    if (sideways)
        for (QCPBars *bars : {forecast, budgetYear, actual, budgetPeriod})
            bars->setBarsGroup(group);
    for (const QCPBars *bars : all)
        setValueFormat(const_cast<QCPBars *>(bars), unit, decimals);

    QStringList labels;
    double high = 0.0;
    double low = 0.0;
    for (std::size_t i = 0; i < series.groups.size(); ++i) {
        const Core::BudgetChartGroup &g = series.groups[i];
        // Sideways the first verksamhet is the top row: keys count down.
        const double key = sideways ? static_cast<double>(series.groups.size() - i) : static_cast<double>(i + 1);
        if (sideways)
            labels.prepend(wrapLabel(QString::fromStdString(g.name), 16));
        else
            labels << wrapLabel(QString::fromStdString(g.name), 16);
        auto add = [&](QCPBars *bars, const std::optional<Core::Money> &amount) {
            if (!amount)
                return;
            const double value = plotAmount(*amount, options);
            bars->addData(key, value);
            high = std::max(high, value);
            low = std::min(low, value);
        };
        add(budgetPeriod, g.budgetPeriod);
        add(actual, g.actual);
        add(budgetYear, g.budgetYear);
        add(forecast, g.forecast);
        // Each avvikelse centred over the pair of bars it compares (budget and utfall, budget and
        // prognos), above the taller one so that it never sits on a neighbouring bar.
        auto label = [&](int firstBar, const std::optional<Core::Money> &budgetBar, const std::optional<Core::Money> &bar,
                         const std::optional<Core::Money> &deviation) {
            if (!bar || !deviation)
                return;
            const double deviationValue = static_cast<double>(deviation->ore()) /
                                          static_cast<double>(Core::orePerUnit(options.unit));
            const double top = std::max(plotAmount(*bar, options), budgetBar ? plotAmount(*budgetBar, options) : 0.0);
            // Sideways the group's bars are in reverse (the first on top, keys grow upwards).
            const double offset = (barOffset(firstBar, barCount, width) + barOffset(firstBar + 1, barCount, width)) / 2;
            const double centre = sideways ? key - offset : key + offset;
            addBarLabel(plot, centre, top, signedNumberText(deviationValue, decimals),
                        deviation->isNegative() ? Palette::Vermillion.darker(120) : Palette::BluishGreen.darker(130), sideways);
        };
        label(0, g.budgetPeriod, g.actual, g.budgetDeviation);
        label(2, g.budgetYear, g.forecast, g.forecastDeviation);
    }

    // A measure no verksamhet has (no prognos yet) is left out of the legend.
    for (const QCPBars *bars : all)
        if (bars->dataCount() == 0)
            const_cast<QCPBars *>(bars)->removeFromLegend();

    QCPAxis *keyAxis = sideways ? plot->yAxis : plot->xAxis;
    QCPAxis *valueAxis = sideways ? plot->xAxis : plot->yAxis;
    setTextTicker(keyAxis, labels);
    styleAxis(keyAxis, QString());
    keyAxis->setTickLength(0, 0);
    keyAxis->setSubTicks(false);
    keyAxis->grid()->setVisible(false);
    keyAxis->setRange(0.5, static_cast<double>(series.groups.size()) + 0.5);
    styleAxis(valueAxis, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Nettokostnad (")) + unit + QLatin1Char(')'));
    setNumberTicker(valueAxis, 0);
    valueAxis->grid()->setVisible(true);
    // Room beyond the longest bar for its label (sideways the labels are as long as the numbers
    // are wide: more room); zero always in view.
    const double span = std::max(high - low, 1.0);
    valueAxis->setRange(low < 0 ? low - span * (sideways ? 0.25 : 0.08) : 0.0, high + span * (sideways ? 0.25 : 0.1));
    if (sideways)
        valueAxis->ticker()->setTickCount(3); // "400 000" three times fits a narrow dock

    QStringList names;
    for (const Core::BudgetChartGroup &g : series.groups)
        names << QString::fromStdString(g.name);
    const int groupCount = static_cast<int>(series.groups.size());
    if (options.interactive)
        ChartInteraction::install(plot, [names, sideways, groupCount](double key) -> QString {
            const int rounded = static_cast<int>(std::lround(key));
            const int index = sideways ? groupCount - rounded : rounded - 1;
            return index >= 0 && index < names.size() ? names.at(index) : QString();
        }, false);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Tertial::Charts
