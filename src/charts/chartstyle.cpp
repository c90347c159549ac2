// SPDX-License-Identifier: GPL-3.0-or-later
// Shared chart style.
#include "chartstyle.h"

#include "charttext.h"
#include "core/volumechartseries.h"

#include <qcustomplot.h>

namespace Tertial::Charts {
namespace {

// sv-SE tick labels through the core formatter (QLocale would print U+2212 and no-break spaces).
class NumberTicker final : public QCPAxisTicker
{
public:
    explicit NumberTicker(int decimals) : m_decimals(decimals) {}

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return numberText(tick, m_decimals);
    }

private:
    int m_decimals;
};

const QString kFontFamily = QStringLiteral("DejaVu Sans");

} // namespace

QColor Palette::cycle(int index)
{
    static const QColor colours[] = {Blue, Orange, BluishGreen, Vermillion, ReddishPurple, SkyBlue, Yellow, Black};
    return colours[static_cast<std::size_t>(index) % std::size(colours)];
}

void setupChart(QCustomPlot *plot, const QString &title, const QString &subtitle)
{
    plot->clearPlottables();
    plot->clearItems();
    // The axes as a new plot has them: a sideways bar chart turned their ticks and grid off.
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLength(5, 0);
        axis->setSubTicks(true);
        axis->grid()->setVisible(true);
    }
    plot->setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    plot->setBackground(Qt::white);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setAutoAddPlottableToLegend(true);
    plot->setNoAntialiasingOnDrag(true);
    plot->setFont(QFont(kFontFamily, 9));

    // Back to the bare axis rect, whatever an earlier build of another kind left behind.
    if (plot->legend->layout())
        plot->legend->layout()->take(plot->legend);
    QCPLayoutGrid *layout = plot->plotLayout();
    for (int i = layout->elementCount() - 1; i >= 0; --i) {
        QCPLayoutElement *element = layout->elementAt(i);
        if (element && element != plot->axisRect())
            layout->remove(element);
    }
    layout->simplify();

    layout->insertRow(0);
    auto *titleElement = new QCPTextElement(plot, title, QFont(kFontFamily, 12, QFont::Bold));
    titleElement->setMargins(QMargins(8, 6, 8, 0));
    layout->addElement(0, 0, titleElement);
    layout->insertRow(1);
    auto *subtitleElement = new QCPTextElement(plot, subtitle, QFont(kFontFamily, 9));
    subtitleElement->setTextColor(QColor(0x40, 0x40, 0x40));
    subtitleElement->setMargins(QMargins(8, 2, 8, 4));
    layout->addElement(1, 0, subtitleElement);

    // The legend in its own row under the plot, entries side by side, so that it never covers data.
    layout->addElement(3, 0, plot->legend);
    layout->setRowStretchFactor(0, 0.001);
    layout->setRowStretchFactor(1, 0.001);
    layout->setRowStretchFactor(3, 0.001);
    plot->legend->setVisible(true);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(4);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setFont(QFont(kFontFamily, 9));
    plot->legend->setSelectableParts(QCPLegend::spItems);
    plot->legend->setMargins(QMargins(8, 2, 8, 6));
}

QPen chartPen(const QColor &color, Qt::PenStyle style)
{
    QPen pen(color);
    pen.setWidthF(1.0);
    pen.setStyle(style);
    return pen;
}

void setNumberTicker(QCPAxis *axis, int decimals)
{
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new NumberTicker(decimals)));
}

void setTextTicker(QCPAxis *axis, const QStringList &labels, double firstKey)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(firstKey + i, labels.at(i));
    axis->setTicker(ticker);
}

void styleAxis(QCPAxis *axis, const QString &label)
{
    axis->setLabel(label);
    axis->setLabelFont(QFont(kFontFamily, 9));
    axis->setTickLabelFont(QFont(kFontFamily, 9));
    axis->setBasePen(chartPen(Palette::Grey));
    axis->setTickPen(chartPen(Palette::Grey));
    axis->setSubTickPen(chartPen(Palette::Grey));
    axis->grid()->setPen(chartPen(QColor(0xDD, 0xDD, 0xDD), Qt::DotLine));
    // A zero line across the values only; on a time or category axis key 0 is no reference.
    axis->grid()->setZeroLinePen(axis->orientation() == Qt::Vertical ? chartPen(Palette::Grey) : QPen(Qt::NoPen));
}

void setValueFormat(QCPAbstractPlottable *plottable, const QString &unit, int decimals)
{
    plottable->setProperty("tertialUnit", unit);
    plottable->setProperty("tertialDecimals", decimals);
}

void setMonthAxis(QCPAxis *axis, int firstYear, int firstMonth, int monthCount, bool translated)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int step = monthCount > 36 ? 12 : (monthCount > 18 ? 3 : 1);
    for (int m = 0; m < monthCount; ++m) {
        const auto ym = Core::monthAt(firstYear, firstMonth, m);
        if ((ym.month - 1) % step != 0 && m != 0)
            continue;
        QString label = monthShortName(ym.month, translated);
        if (ym.month == 1 || m == 0)
            label += QLatin1Char('\n') + QString::number(ym.year);
        ticker->addTick(m, label);
    }
    axis->setTicker(ticker);
    styleAxis(axis, QString());
    axis->setRange(-0.5, monthCount - 0.5);
}

} // namespace Tertial::Charts
