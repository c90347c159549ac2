// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers the bar charts share: a bar series in a group, and a value label over a bar.
#pragma once

#include <QColor>
#include <QString>

class QCustomPlot;
class QCPBars;
class QCPBarsGroup;
class QCPItemText;

namespace Tertial::Charts {

// A bar series of width `width` (plot coordinates) in `group`, filled opaque with a width-1 outline;
// `horizontal`: keys on the left axis, values along the bottom.
QCPBars *addBars(QCustomPlot *plot, QCPBarsGroup *group, const QString &name, const QColor &color, double width,
                 bool horizontal = false);

// A label over (value ≥ 0) or under (value < 0) the end of a bar at (key, value); `horizontal`:
// right of (left of) the end of a sideways bar.
QCPItemText *addBarLabel(QCustomPlot *plot, double key, double value, const QString &text, const QColor &color,
                         bool horizontal = false);

// Lifts bar labels that would overlap a label to their left (narrow bar groups at a dock's
// width: "+1 363+1 431") by a line at a time until they are clear of it. Needs the axes laid out
// (QCustomPlot::afterLayout); labels are measured in pixels, so it runs again at every replot.
// Labels of sideways bars sit each on its own bar's row and are left alone.
void separateBarLabels(QCustomPlot *plot);

// The key offset of bar `index` of `count` bars of `width` set side by side with no gap, as
// QCPBarsGroup places them with plot-coordinate spacing 0.
double barOffset(int index, int count, double width);

} // namespace Tertial::Charts
