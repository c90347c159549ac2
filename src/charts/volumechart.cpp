// SPDX-License-Identifier: GPL-3.0-or-later
// Volymdiagram.
#include "volumechart.h"

#include "chartinteraction.h"
#include "chartoptions.h"
#include "chartstyle.h"
#include "charttext.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Tertial::Charts {

void VolumeChart::build(QCustomPlot *plot, const Core::VolumeChartSeries &series, const std::string &name,
                        const std::string &measure, const ChartOptions &options)
{
    const QString measureText = QString::fromStdString(measure);
    const auto first = Core::monthAt(series.firstYear, series.firstMonth, 0);
    const auto last = Core::monthAt(series.firstYear, series.firstMonth, std::max(series.monthCount - 1, 0));
    QString subtitle = chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Antal ")) + measureText + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " per månad, ")) + monthShortName(first.month, options.translated) +
                       QLatin1Char(' ') + QString::number(first.year) + QStringLiteral(" – ") + monthShortName(last.month, options.translated) +
                       QLatin1Char(' ') + QString::number(last.year) + QLatin1Char('.');
    if (series.weighted)
        subtitle += chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " Varje månad är viktad till 30,5 dygn så att månaderna går att jämföra."));
    bool anyTrend = false;
    for (const Core::VolumeLine &line : series.lines)
        for (const auto &mean : line.rollingMean)
            anyTrend = anyTrend || mean.has_value();
    const QString window = QString::number(series.rollingWindow);
    if (series.rollingWindow > 0 && anyTrend)
        subtitle += chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "\nStreckad linje: glidande medelvärde över ")) + window +
                    chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " månader (visas där alla ")) + window + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " månader har värden)."));
    else if (series.rollingWindow > 0)
        subtitle += chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "\nInget glidande medelvärde: det kräver ")) + window +
                    chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " månader i följd med värden, och här saknas månader."));
    setupChart(plot, QString::fromStdString(name) + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ": volymer per insatstyp och månad (")) + measureText +
                         QLatin1Char(')'),
               subtitle);
    plot->setProperty("tertialTitle", QString::fromStdString(name));

    // With more than twelve lines (kommuner compared) there is no legend to read, and
    // antialiasing hundreds of lines costs more than it shows: both off, to replot in a frame.
    const bool many = series.lines.size() > 12;
    plot->setAutoAddPlottableToLegend(!many);
    if (many)
        plot->setNotAntialiasedElements(QCP::aePlottables);
    double high = 0.0;
    for (std::size_t i = 0; i < series.lines.size(); ++i) {
        const Core::VolumeLine &line = series.lines[i];
        const QColor color = Palette::cycle(static_cast<int>(i));
        auto *graph = plot->addGraph();
        graph->setName(QString::fromStdString(line.serviceType));
        graph->setPen(chartPen(color));
        graph->setAdaptiveSampling(true);
        if (!many)
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 4));
        setValueFormat(graph, measureText, 1);
        // NaN leaves a gap where a month has no figure instead of a line across it.
        QVector<double> keys(series.monthCount);
        QVector<double> values(series.monthCount);
        QVector<double> means(series.monthCount);
        bool anyMean = false;
        for (int m = 0; m < series.monthCount; ++m) {
            const auto index = static_cast<std::size_t>(m);
            keys[m] = m;
            values[m] = line.values[index].value_or(std::nan(""));
            means[m] = line.rollingMean[index].value_or(std::nan(""));
            anyMean = anyMean || line.rollingMean[index].has_value();
            if (line.values[index])
                high = std::max(high, *line.values[index]);
        }
        graph->setData(keys, values, true);
        if (anyMean) {
            auto *trend = plot->addGraph();
            trend->setName(QString::fromStdString(line.serviceType) + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ", glidande medel ")) +
                           QString::number(series.rollingWindow) + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " mån")));
            trend->setPen(chartPen(color, Qt::DashLine));
            trend->setData(keys, means, true);
            trend->setAdaptiveSampling(true);
            setValueFormat(trend, measureText, 1);
        }
    }
    if (many)
        plot->legend->setVisible(false);

    setMonthAxis(plot->xAxis, series.firstYear, series.firstMonth, series.monthCount, options.translated);
    styleAxis(plot->yAxis, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Antal ")) + measureText);
    setNumberTicker(plot->yAxis, 0);
    plot->yAxis->setRange(0.0, std::max(high * 1.1, 1.0));

    if (options.interactive)
        ChartInteraction::installMonths(plot, series.firstYear, series.firstMonth, options.translated);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Tertial::Charts
