// SPDX-License-Identifier: GPL-3.0-or-later
// Lines over the years: the chosen kommun, Riket and the groups (issue 7 item 3, "lines over years").
#pragma once

#include <QColor>
#include <QString>

#include <map>
#include <vector>

class QCustomPlot;

namespace Tertial::Gui {

struct YearSeries final
{
    QString name;
    std::map<int, double> values; // year -> value; a missing year breaks nothing, it is left out
    QColor color;
    bool dashed = false; // Tertial's own ovägt medel, told apart from published figures
};

// Rebuilds the plot with one line (with point markers) per series over the union of the years,
// a legend under the plot and year ticks. Queues a replot.
void buildYearsChart(QCustomPlot *plot, const QString &title, const std::vector<YearSeries> &series);

} // namespace Tertial::Gui
