// SPDX-License-Identifier: GPL-3.0-or-later
// Shared bar helpers.
#include "chartbars.h"

#include "chartstyle.h"

#include <qcustomplot.h>

namespace Tertial::Charts {

QCPBars *addBars(QCustomPlot *plot, QCPBarsGroup *group, const QString &name, const QColor &color, double width)
{
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(name);
    bars->setWidthType(QCPBars::wtPlotCoords);
    bars->setWidth(width);
    bars->setPen(chartPen(color.darker(130)));
    bars->setBrush(color);
    if (group)
        bars->setBarsGroup(group);
    return bars;
}

QCPItemText *addBarLabel(QCustomPlot *plot, double key, double value, const QString &text, const QColor &color)
{
    auto *label = new QCPItemText(plot);
    label->setClipToAxisRect(false);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(key, value);
    label->setPositionAlignment(value >= 0 ? (Qt::AlignHCenter | Qt::AlignBottom) : (Qt::AlignHCenter | Qt::AlignTop));
    label->setText(text);
    label->setColor(color);
    label->setFont(QFont(QStringLiteral("DejaVu Sans"), 8));
    label->setPadding(QMargins(1, 2, 1, 2));
    return label;
}

double barOffset(int index, int count, double width)
{
    return (index - (count - 1) / 2.0) * width;
}

} // namespace Tertial::Charts
