// SPDX-License-Identifier: GPL-3.0-or-later
// The lines-over-years chart.
#include "yearschart.h"

#include "rankingchart.h"

#include <qcustomplot.h>

#include <algorithm>
#include <set>

namespace Tertial::Gui {

void buildYearsChart(QCustomPlot *plot, const QString &title, const std::vector<YearSeries> &series)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    setChartTitle(plot, title);

    std::set<int> years;
    double low = 0.0, high = 0.0;
    bool any = false;
    for (const auto &line : series) {
        QCPGraph *graph = plot->addGraph();
        graph->setName(line.name);
        graph->setPen(QPen(line.color, 1, line.dashed ? Qt::DashLine : Qt::SolidLine));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, line.color, line.color, 5));
        for (const auto &[year, value] : line.values) {
            graph->addData(year, value);
            years.insert(year);
            low = any ? std::min(low, value) : value;
            high = any ? std::max(high, value) : value;
            any = true;
        }
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int year : years)
        ticker->addTick(year, QString::number(year));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(0);
    if (!years.empty())
        plot->xAxis->setRange(*years.begin() - 0.3, *years.rbegin() + 0.3);
    const double margin = (high - low) * 0.08 + (high == low ? 1.0 : 0.0);
    plot->yAxis->setRange(low - margin, high + margin);
    // The legend right of the axis rect, not over the lines (moved there once per plot).
    if (plot->legend->layout() == plot->axisRect()->insetLayout()) {
        plot->axisRect()->insetLayout()->take(plot->legend);
        const int row = plot->plotLayout()->rowCount() - 1;
        plot->plotLayout()->addElement(row, 1, plot->legend);
        plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    }
    plot->legend->setVisible(!series.empty());
    plot->legend->setFont(QFont(QFont().family(), 8));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Tertial::Gui
