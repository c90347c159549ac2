// SPDX-License-Identifier: GPL-3.0-or-later
// Hover tooltips, legend clicks, zoom and pan.
#include "chartinteraction.h"

#include "charttext.h"
#include "chartstyle.h"
#include "core/volumechartseries.h"

#include <qcustomplot.h>

#include <QToolTip>

#include <cmath>
#include <limits>

namespace Tertial::Charts {

ChartInteraction::ChartInteraction(QCustomPlot *plot, KeyLabel keyLabel)
    : QObject(plot), m_plot(plot), m_keyLabel(std::move(keyLabel))
{
    setObjectName(QStringLiteral("tertialChartInteraction"));
    connect(plot, &QCustomPlot::mouseMove, this, &ChartInteraction::onMouseMove);
    connect(plot, &QCustomPlot::legendClick, this, &ChartInteraction::onLegendClick);
}

ChartInteraction *ChartInteraction::installMonths(QCustomPlot *plot, int firstYear, int firstMonth, bool translated)
{
    return install(plot, [firstYear, firstMonth, translated](double key) -> QString {
        const auto ym = Core::monthAt(firstYear, firstMonth, static_cast<int>(std::lround(key)));
        return monthShortName(ym.month, translated) + QLatin1Char(' ') + QString::number(ym.year);
    }, true);
}

ChartInteraction *ChartInteraction::install(QCustomPlot *plot, KeyLabel keyLabel, bool timeAxis)
{
    delete plot->findChild<ChartInteraction *>(QStringLiteral("tertialChartInteraction"), Qt::FindDirectChildrenOnly);
    auto *interaction = new ChartInteraction(plot, std::move(keyLabel));
    plot->setMouseTracking(true);
    if (timeAxis) {
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        plot->axisRect()->setRangeDrag(Qt::Horizontal);
        plot->axisRect()->setRangeZoom(Qt::Horizontal);
    } else {
        plot->setInteractions({});
    }
    return interaction;
}

QString ChartInteraction::tooltipAt(const QPoint &position) const
{
    constexpr double reach = 10.0; // pixels
    QCPAbstractPlottable *best = nullptr;
    int bestIndex = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = m_plot->plottable(i);
        if (!plottable->visible() || !plottable->interface1D() || plottable->property("tertialNoTip").toBool())
            continue;
        QVariant details;
        const double distance = plottable->selectTest(position, false, &details);
        if (distance < 0 || distance > reach || distance >= bestDistance)
            continue;
        const QCPDataSelection selection = details.value<QCPDataSelection>();
        if (selection.isEmpty())
            continue;
        best = plottable;
        bestIndex = selection.dataRange(0).begin();
        bestDistance = distance;
    }
    if (!best)
        return {};
    const QStringList tips = best->property("tertialTips").toStringList();
    if (bestIndex < tips.size())
        return tips.at(bestIndex);
    const double key = best->interface1D()->dataMainKey(bestIndex);
    const double value = best->interface1D()->dataMainValue(bestIndex);
    const QString unit = best->property("tertialUnit").toString();
    const int decimals = best->property("tertialDecimals").isValid() ? best->property("tertialDecimals").toInt() : 0;
    QString text = best->name() + QLatin1Char('\n');
    if (m_keyLabel)
        text += m_keyLabel(key) + QStringLiteral(": ");
    text += numberText(value, decimals);
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    return text;
}

void ChartInteraction::onMouseMove(QMouseEvent *event)
{
    const QString text = tooltipAt(event->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_plot->mapToGlobal(event->pos()), text, m_plot);
}

void ChartInteraction::onLegendClick(QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *)
{
    toggleLegendItem(m_plot, item);
}

void toggleLegendItem(QCustomPlot *plot, QCPAbstractLegendItem *item)
{
    auto *plottableItem = qobject_cast<QCPPlottableLegendItem *>(item);
    if (!plottableItem)
        return;
    QCPAbstractPlottable *plottable = plottableItem->plottable();
    const bool visible = !plottable->visible();
    plottable->setVisible(visible);
    // Partner plottables (a band's lower edge, a waterfall's invisible base) follow their owner.
    const QVariant partner = plottable->property("tertialPartner");
    if (partner.isValid())
        if (auto *other = partner.value<QCPAbstractPlottable *>())
            other->setVisible(visible);
    plottableItem->setTextColor(visible ? Qt::black : Palette::Grey);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Tertial::Charts
