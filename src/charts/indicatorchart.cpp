// SPDX-License-Identifier: GPL-3.0-or-later
// Indikatordiagram.
#include "indicatorchart.h"

#include "chartinteraction.h"
#include "chartoptions.h"
#include "chartstyle.h"
#include "charttext.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Tertial::Charts {
namespace {

struct StatusLook
{
    Core::IndicatorStatus status;
    const char *name;
    QCPScatterStyle::ScatterShape shape;
    QColor color;
};

const StatusLook kLooks[] = {
    {Core::IndicatorStatus::Met, QT_TRANSLATE_NOOP("Tertial::Charts", "Uppnått ●"), QCPScatterStyle::ssDisc, Palette::BluishGreen},
    {Core::IndicatorStatus::PartlyMet, QT_TRANSLATE_NOOP("Tertial::Charts", "Delvis uppnått ◆"), QCPScatterStyle::ssDiamond, Palette::Orange},
    {Core::IndicatorStatus::NotMet, QT_TRANSLATE_NOOP("Tertial::Charts", "Ej uppnått ■"), QCPScatterStyle::ssSquare, Palette::Vermillion},
};

QString valueText(double value, const QString &unit)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    QString text = numberText(value, whole ? 0 : 1);
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    return text;
}

} // namespace

void IndicatorChart::build(QCustomPlot *plot, const Core::IndicatorChartSeries &series, const ChartOptions &options)
{
    const QString unit = QString::fromStdString(series.unit);
    QString direction;
    switch (series.kind) {
    case Core::TargetKind::AtLeast: direction = chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Högre är bättre: målet är nått vid minst målvärdet.")); break;
    case Core::TargetKind::AtMost: direction = chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Lägre är bättre: målet är nått vid högst målvärdet.")); break;
    case Core::TargetKind::Level: direction = chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Målet är en nivå: nått inom toleransen kring målvärdet.")); break;
    case Core::TargetKind::Increase: direction = chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Målet är att öka jämfört med året före.")); break;
    case Core::TargetKind::Decrease: direction = chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Målet är att minska jämfört med året före.")); break;
    }
    setupChart(plot, wrapLabel(QString::fromStdString(series.name), 90) +
                         (unit.isEmpty() ? QString() : QStringLiteral(" (") + unit + QLatin1Char(')')),
               chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Indikatorns utfall per år mot målvärdet. ")) + direction);
    plot->setProperty("tertialTitle", QString::fromStdString(series.name));

    auto *line = plot->addGraph();
    line->setName(chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Utfall")));
    line->setPen(chartPen(Palette::Grey));
    setValueFormat(line, unit, 1);
    auto *target = plot->addGraph();
    target->setName(chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Målvärde")));
    target->setPen(chartPen(Palette::Black, Qt::DashLine));
    target->setLineStyle(QCPGraph::lsStepCenter);
    target->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, Palette::Black, 7));
    setValueFormat(target, unit, 1);
    QCPGraph *statusGraphs[3];
    for (std::size_t i = 0; i < 3; ++i) {
        statusGraphs[i] = plot->addGraph();
        statusGraphs[i]->setName(chartText(options, kLooks[i].name));
        statusGraphs[i]->setLineStyle(QCPGraph::lsNone);
        statusGraphs[i]->setScatterStyle(QCPScatterStyle(kLooks[i].shape, kLooks[i].color.darker(120), kLooks[i].color, 11));
        setValueFormat(statusGraphs[i], unit, 1);
    }

    // Years without a target to judge by are shown, but with a neutral marker and no status.
    auto *unjudged = plot->addGraph();
    unjudged->setName(chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Utfall utan målvärde")));
    unjudged->setLineStyle(QCPGraph::lsNone);
    unjudged->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, chartPen(Palette::Black), Qt::white, 9));
    setValueFormat(unjudged, unit, 1);

    double high = 0.0;
    int firstYear = series.points.empty() ? 0 : series.points.front().year;
    int lastYear = series.points.empty() ? 0 : series.points.back().year;
    QStringList missing;
    for (const Core::IndicatorChartPoint &point : series.points) {
        if (point.target) {
            target->addData(point.year, *point.target);
            high = std::max(high, *point.target);
            auto *goal = new QCPItemText(plot);
            goal->position->setCoords(point.year, *point.target);
            goal->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            goal->setPadding(QMargins(8, 0, 0, 0));
            goal->setText(chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "mål ")) + valueText(*point.target, unit));
            goal->setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        }
        if (!point.actual) {
            line->addData(point.year, std::nan("")); // a gap, not a line across the missing year
            missing << QString::number(point.year);
            continue;
        }
        line->addData(point.year, *point.actual);
        high = std::max(high, *point.actual);
        bool judged = false;
        for (std::size_t i = 0; i < 3; ++i)
            if (point.status == kLooks[i].status) {
                statusGraphs[i]->addData(point.year, *point.actual);
                judged = true;
            }
        if (!judged)
            unjudged->addData(point.year, *point.actual);
        auto *label = new QCPItemText(plot);
        label->position->setCoords(point.year, *point.actual);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(2, 2, 2, 9));
        label->setText(valueText(*point.actual, unit));
        label->setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    }
    for (QCPGraph *graph : statusGraphs)
        if (graph->dataCount() == 0)
            graph->removeFromLegend();
    if (unjudged->dataCount() == 0)
        unjudged->removeFromLegend();
    if (!missing.isEmpty())
        if (auto *subtitle = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(1, 0)))
            subtitle->setText(subtitle->text() + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "\nUtfall saknas för ")) + missing.join(QStringLiteral(", ")) +
                              QLatin1Char('.'));

    // Years as text: a number ticker in the Swedish locale would print "2 020".
    QStringList years;
    for (int year = firstYear; year <= lastYear; ++year)
        years << QString::number(year);
    setTextTicker(plot->xAxis, years, firstYear);
    plot->xAxis->setSubTicks(false);
    styleAxis(plot->xAxis, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "År")));
    plot->xAxis->setRange(firstYear - 0.5, lastYear + 0.5);
    styleAxis(plot->yAxis, unit.isEmpty() ? chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Utfall")) : chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Utfall (")) + unit + QLatin1Char(')'));
    setNumberTicker(plot->yAxis, high < 10 ? 1 : 0);
    plot->yAxis->setRange(0.0, std::max(high * 1.2, 1.0));

    if (options.interactive)
        ChartInteraction::install(plot, [](double key) -> QString { return QString::number(std::lround(key)); }, true);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Tertial::Charts
