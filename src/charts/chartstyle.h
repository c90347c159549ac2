// SPDX-License-Identifier: GPL-3.0-or-later
// The look every chart shares: Okabe–Ito colours, sv-SE locale and ticks, title, subtitle and legend.
#pragma once

#include <QColor>
#include <QPen>
#include <QString>

class QCustomPlot;
class QCPAxis;
class QCPGraph;
class QCPAbstractPlottable;

namespace Tertial::Charts {

// Okabe & Ito (2008): eight colours that readers with any common colour-vision deficiency can
// still tell apart. Charts never rely on colour alone where a status is shown (shapes too).
namespace Palette {
inline const QColor Black{0x00, 0x00, 0x00};
inline const QColor Orange{0xE6, 0x9F, 0x00};
inline const QColor SkyBlue{0x56, 0xB4, 0xE9};
inline const QColor BluishGreen{0x00, 0x9E, 0x73};
inline const QColor Yellow{0xF0, 0xE4, 0x42};
inline const QColor Blue{0x00, 0x72, 0xB2};
inline const QColor Vermillion{0xD5, 0x5E, 0x00};
inline const QColor ReddishPurple{0xCC, 0x79, 0xA7};
inline const QColor Grey{0x80, 0x80, 0x80};
// An opaque light blue for the band between forecast methods (no translucent fills).
inline const QColor BandFill{0xD6, 0xEA, 0xF8};
// The n-th colour of a series cycle (black last, as it reads as "the total").
QColor cycle(int index);
} // namespace Palette

// Clears the plot and sets what every chart shares: white background, sv-SE locale, a bold
// title and a smaller subtitle above the axis rect, and the legend in a row under it.
void setupChart(QCustomPlot *plot, const QString &title, const QString &subtitle);

// A pen of width 1 (the house style) in a colour, optionally dashed.
QPen chartPen(const QColor &color, Qt::PenStyle style = Qt::SolidLine);

// Value axis ticks as the reports print numbers: "-147 191", "1,5" (space thousands,
// hyphen-minus, decimal comma), with `decimals` decimals.
void setNumberTicker(QCPAxis *axis, int decimals);

// Category or month ticks from labels at integer keys 1..n (or the given keys).
void setTextTicker(QCPAxis *axis, const QStringList &labels, double firstKey = 1.0);

// Axis label font and tick fonts large enough to read at print size.
void styleAxis(QCPAxis *axis, const QString &label);

// The x axis of a chart whose keys count months from firstYear-firstMonth: every month on a short
// axis, every quarter past 18 months, every january past 36; the year under each january.
void setMonthAxis(QCPAxis *axis, int firstYear, int firstMonth, int monthCount, bool translated);

// Stores the unit and decimals the hover tooltip prints a plottable's values with.
void setValueFormat(QCPAbstractPlottable *plottable, const QString &unit, int decimals);

} // namespace Tertial::Charts
