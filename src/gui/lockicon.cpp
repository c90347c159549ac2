// SPDX-License-Identifier: GPL-3.0-or-later
// The padlock.
#include "lockicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Tertial::Gui {

namespace {

QPixmap padlock(int size, bool locked)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size / 16.0;
    const QColor body = locked ? QColor(0xa5, 0x1d, 0x2d) : QColor(0x5e, 0x5c, 0x64);
    // The shackle: an arch over the body, its right leg lifted out when open.
    QPen pen(body, 1.8 * s);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    QPainterPath shackle;
    const qreal left = 4.5 * s, right = 11.5 * s, top = 1.8 * s, base = 7.5 * s;
    const qreal lift = locked ? 0 : 2.5 * s;
    shackle.moveTo(left, base - lift);
    shackle.lineTo(left, 5.2 * s - lift);
    shackle.arcTo(QRectF(left, top - lift, right - left, 6.8 * s), 180, -180);
    shackle.lineTo(right, locked ? base : 5.5 * s - lift);
    painter.drawPath(shackle);
    // The body with a keyhole.
    painter.setPen(Qt::NoPen);
    painter.setBrush(body);
    painter.drawRoundedRect(QRectF(2.5 * s, 7.0 * s, 11 * s, 8 * s), 1.5 * s, 1.5 * s);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(8 * s, 10.3 * s), 1.3 * s, 1.3 * s);
    painter.drawRect(QRectF(7.4 * s, 10.3 * s, 1.2 * s, 2.8 * s));
    return pixmap;
}

} // namespace

QIcon lockIcon(bool locked)
{
    QIcon icon;
    for (const int size : {16, 24, 32})
        icon.addPixmap(padlock(size, locked));
    return icon;
}

} // namespace Tertial::Gui
