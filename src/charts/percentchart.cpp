// SPDX-License-Identifier: GPL-3.0-or-later
// Procentdiagram per månad (sjukfrånvaro r12).
#include "percentchart.h"

#include "chartinteraction.h"
#include "chartstyle.h"
#include "charttext.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Tertial::Charts {

void PercentChart::build(QCustomPlot *plot, const Core::VolumeChartSeries &series, const std::string &title,
                         const ChartOptions &options)
{
    const auto first = Core::monthAt(series.firstYear, series.firstMonth, 0);
    const auto last = Core::monthAt(series.firstYear, series.firstMonth, std::max(series.monthCount - 1, 0));
    const QString subtitle = chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Procent per månad, "))
        + monthShortName(first.month, options.translated) + QLatin1Char(' ') + QString::number(first.year)
        + QStringLiteral(" – ") + monthShortName(last.month, options.translated) + QLatin1Char(' ')
        + QString::number(last.year) + QLatin1Char('.');
    setupChart(plot, QString::fromStdString(title), subtitle);
    const QString percent = QStringLiteral("%");
    double high = 0.0;
    for (std::size_t i = 0; i < series.lines.size(); ++i) {
        const Core::VolumeLine &line = series.lines[i];
        const QColor color = Palette::cycle(static_cast<int>(i));
        auto *graph = plot->addGraph();
        graph->setName(QString::fromStdString(line.serviceType));
        graph->setPen(chartPen(color));
        // A month without a value is a gap, so single months show as points.
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 5));
        setValueFormat(graph, percent, 1);
        QVector<double> keys(series.monthCount);
        QVector<double> values(series.monthCount);
        for (int m = 0; m < series.monthCount; ++m) {
            const auto index = static_cast<std::size_t>(m);
            keys[m] = m;
            const bool has = index < line.values.size() && line.values[index].has_value();
            values[m] = has ? *line.values[index] : std::nan("");
            if (has)
                high = std::max(high, *line.values[index]);
        }
        graph->setData(keys, values, true);
    }

    setMonthAxis(plot->xAxis, series.firstYear, series.firstMonth, series.monthCount, options.translated);
    styleAxis(plot->yAxis, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Procent")));
    setNumberTicker(plot->yAxis, 1);
    plot->yAxis->setRange(0.0, std::max(high * 1.2, 1.0));
    if (options.interactive)
        ChartInteraction::installMonths(plot, series.firstYear, series.firstMonth, options.translated);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Tertial::Charts
