// SPDX-License-Identifier: GPL-3.0-or-later
// Shared bar helpers.
#include "chartbars.h"

#include "chartstyle.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Tertial::Charts {

QCPBars *addBars(QCustomPlot *plot, QCPBarsGroup *group, const QString &name, const QColor &color, double width,
                 bool horizontal)
{
    auto *bars = horizontal ? new QCPBars(plot->yAxis, plot->xAxis) : new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(name);
    bars->setWidthType(QCPBars::wtPlotCoords);
    bars->setWidth(width);
    bars->setPen(chartPen(color.darker(130)));
    bars->setBrush(color);
    if (group)
        bars->setBarsGroup(group);
    return bars;
}

QCPItemText *addBarLabel(QCustomPlot *plot, double key, double value, const QString &text, const QColor &color,
                         bool horizontal)
{
    auto *label = new QCPItemText(plot);
    label->setClipToAxisRect(false);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    if (horizontal) {
        label->position->setCoords(value, key);
        label->setPositionAlignment(value >= 0 ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter));
        label->setProperty("tertialSideways", true);
    } else {
        label->position->setCoords(key, value);
        label->setPositionAlignment(value >= 0 ? (Qt::AlignHCenter | Qt::AlignBottom) : (Qt::AlignHCenter | Qt::AlignTop));
    }
    label->setText(text);
    label->setColor(color);
    label->setFont(QFont(QStringLiteral("DejaVu Sans"), 8));
    label->setPadding(QMargins(1, 2, 1, 2));
    label->setProperty("tertialBarLabel", true);
    return label;
}

void separateBarLabels(QCustomPlot *plot)
{
    std::vector<QCPItemText *> labels;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *label = qobject_cast<QCPItemText *>(plot->item(i));
            label && label->property("tertialBarLabel").toBool() && !label->property("tertialSideways").toBool())
            labels.push_back(label);
    std::sort(labels.begin(), labels.end(), [](QCPItemText *a, QCPItemText *b) {
        return a->position->pixelPosition().x() < b->position->pixelPosition().x();
    });
    std::vector<QRectF> placed;
    for (QCPItemText *label : labels) {
        const bool above = label->positionAlignment() & Qt::AlignBottom;
        const QFontMetricsF metrics(label->font());
        const QSizeF size(metrics.horizontalAdvance(label->text()) + 2, metrics.height() + 4);
        const QPointF at = label->position->pixelPosition();
        double lift = 0;
        QRectF rect;
        for (int tries = 0; tries < 8; ++tries) {
            const double top = above ? at.y() - size.height() - lift : at.y() + lift;
            rect = QRectF(at.x() - size.width() / 2, top, size.width(), size.height());
            const bool clear = std::none_of(placed.begin(), placed.end(), [&rect](const QRectF &other) {
                return other.intersects(rect);
            });
            if (clear)
                break;
            lift += size.height();
        }
        const int extra = static_cast<int>(std::lround(lift));
        label->setPadding(above ? QMargins(1, 2, 1, 2 + extra) : QMargins(1, 2 + extra, 1, 2));
        placed.push_back(rect);
    }
}

double barOffset(int index, int count, double width)
{
    return (index - (count - 1) / 2.0) * width;
}

} // namespace Tertial::Charts
