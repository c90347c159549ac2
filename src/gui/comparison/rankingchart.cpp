// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking bar chart.
#include "rankingchart.h"

#include <qcustomplot.h>

#include <algorithm>

namespace Tertial::Gui {

QColor quartileColor(int quartile)
{
    switch (quartile) {
    case 1: return QColor(0x00, 0x9E, 0x73); // bluish green
    case 4: return QColor(0xD5, 0x5E, 0x00); // vermillion
    default: return QColor(0xF0, 0xE4, 0x42); // yellow
    }
}

QColor highlightColor()
{
    return QColor(0x00, 0x72, 0xB2);
}

void setChartTitle(QCustomPlot *plot, const QString &title)
{
    auto *heading = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0));
    if (!heading) {
        plot->plotLayout()->insertRow(0);
        heading = new QCPTextElement(plot, title, QFont(QFont().family(), 10, QFont::Bold));
        plot->plotLayout()->addElement(0, 0, heading);
    }
    heading->setText(title);
}

void buildRankingChart(QCustomPlot *plot, const Kolada::KommunRanking &ranking, const QString &highlighted,
                       const QString &title, int maxLabels)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    setChartTitle(plot, title);
    plot->legend->setVisible(false);

    // Series 0..3: quartiles 1..4; series 4: the highlighted kommun.
    QCPBars *series[5];
    for (int i = 0; i < 5; ++i) {
        series[i] = new QCPBars(plot->xAxis, plot->yAxis);
        const QColor color = i < 4 ? quartileColor(i + 1) : highlightColor();
        series[i]->setBrush(color);
        series[i]->setPen(QPen(color.darker(130), 1));
        series[i]->setWidth(0.8);
        series[i]->setName(i < 4 ? QStringLiteral("Kvartil %1").arg(i + 1) : QStringLiteral("Vald kommun"));
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const bool labels = static_cast<int>(ranking.rows.size()) <= maxLabels;
    double low = 0.0, high = 0.0;
    for (std::size_t i = 0; i < ranking.rows.size(); ++i) {
        const auto &row = ranking.rows[i];
        const double key = static_cast<double>(i + 1);
        const bool chosen = QString::fromStdString(row.id) == highlighted;
        series[chosen ? 4 : std::clamp(row.quartile, 1, 4) - 1]->addData(key, row.value);
        if (labels || chosen)
            ticker->addTick(key, QString::fromStdString(row.name));
        low = std::min(low, row.value);
        high = std::max(high, row.value);
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(labels ? 60 : 0);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->grid()->setVisible(false);
    // Explicit ranges: rescaleAxes() misjudges bars (toolchain.md).
    plot->xAxis->setRange(0.4, static_cast<double>(ranking.rows.size()) + 0.6);
    const double margin = (high - low) * 0.05 + (high == low ? 1.0 : 0.0);
    plot->yAxis->setRange(low < 0 ? low - margin : 0.0, high + margin);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Tertial::Gui
