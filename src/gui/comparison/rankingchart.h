// SPDX-License-Identifier: GPL-3.0-or-later
// The sorted bar chart of a KPI for one year: one bar per kommun, best first, coloured by quartile.
#pragma once

#include "analysis/koladacomparison.h"

#include <QColor>
#include <QString>

class QCustomPlot;

namespace Tertial::Gui {

// Kolada's quartile colours (domain.md §5): best 25 % green, middle 50 % yellow, worst 25 % red,
// from the Okabe–Ito palette so they stay apart for colour-blind readers; the chosen kommun blue.
QColor quartileColor(int quartile);
QColor highlightColor();

// Rebuilds the plot: bars at keys 1..n in ranking order, one QCPBars per quartile and one for
// `highlighted` (a kommun id), names as tick labels when there are at most `maxLabels` bars.
// Queues a replot.
void buildRankingChart(QCustomPlot *plot, const Kolada::KommunRanking &ranking, const QString &highlighted,
                       const QString &title, int maxLabels = 40);

// The title row above the axis rect, made once per plot and re-texted after.
void setChartTitle(QCustomPlot *plot, const QString &title);

} // namespace Tertial::Gui
