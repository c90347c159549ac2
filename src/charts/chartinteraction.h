// SPDX-License-Identifier: GPL-3.0-or-later
// What a reader can do with a chart on screen: hover for exact values, hide series, zoom and pan time.
#pragma once

#include <QObject>
#include <QPoint>
#include <QString>

#include <functional>

class QCustomPlot;
class QCPAbstractLegendItem;
class QCPLegend;
class QMouseEvent;

namespace Tertial::Charts {

class ChartInteraction final : public QObject
{
    Q_OBJECT
public:
    using KeyLabel = std::function<QString(double key)>;

    // Installs (or replaces) the interaction on `plot`: the helper is a child of the plot.
    // keyLabel names a key in tooltips ("okt", "Barn och unga"); timeAxis turns on horizontal
    // zoom with the wheel and pan by dragging (time axes only: categories do not zoom).
    static ChartInteraction *install(QCustomPlot *plot, KeyLabel keyLabel, bool timeAxis);
    // The same on a time axis whose keys count months from firstYear-firstMonth ("okt 2020").
    static ChartInteraction *installMonths(QCustomPlot *plot, int firstYear, int firstMonth, bool translated);

    // The text a tooltip shows at a widget position, empty when no data point is within reach.
    // Public so tests can check it without a real mouse.
    QString tooltipAt(const QPoint &position) const;

private:
    ChartInteraction(QCustomPlot *plot, KeyLabel keyLabel);
    void onMouseMove(QMouseEvent *event);
    void onLegendClick(QCPLegend *legend, QCPAbstractLegendItem *item, QMouseEvent *event);

    QCustomPlot *m_plot;
    KeyLabel m_keyLabel;
};

// Hides or shows the plottable of a legend entry and greys the entry out (what a click does).
void toggleLegendItem(QCustomPlot *plot, QCPAbstractLegendItem *item);

} // namespace Tertial::Charts
