// SPDX-License-Identifier: GPL-3.0-or-later
// Ackumulerat utfall mot periodiserad budget.
#include "cumulativechart.h"

#include "chartinteraction.h"
#include "chartoptions.h"
#include "chartstyle.h"
#include "charttext.h"

#include "core/forecastmethod.h"

#include <qcustomplot.h>

#include <algorithm>

namespace Tertial::Charts {
namespace {

QCPGraph *addLine(QCustomPlot *plot, const QString &name, const QPen &pen, const std::vector<Core::MonthAmount> &points,
                  const ChartOptions &options)
{
    auto *graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(pen);
    for (const Core::MonthAmount &point : points)
        graph->addData(point.month, plotAmount(point.amount, options));
    setValueFormat(graph, unitText(options), Core::defaultDecimals(options.unit));
    return graph;
}

} // namespace

void CumulativeChart::build(QCustomPlot *plot, const Core::CumulativeChartSeries &series, const std::string &name,
                            const ChartOptions &options)
{
    const QString unit = unitText(options);
    const int decimals = Core::defaultDecimals(options.unit);
    QString methods;
    for (const Core::MethodForecast &method : series.methods)
        methods += (methods.isEmpty() ? QString() : QStringLiteral(", ")) +
                   QString::fromUtf8(Core::forecastMethodDisplayName(method.method));
    setupChart(plot,
               QString::fromStdString(name) + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ": ackumulerat utfall mot budget ")) +
                   QString::number(series.year) + QStringLiteral(" (") + unit + QLatin1Char(')'),
               chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Nettokostnad i ")) + unit + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " från januari t.o.m. varje månad. Prognoslinjen går från utfallet i ")) +
                   monthLongName(series.month, options.translated) + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " till prognosen för helåret.")) +
                   (methods.isEmpty() ? QString()
                                      : chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "\nDet ljusa fältet visar spannet mellan prognosmetoderna (")) +
                                            methods + QStringLiteral(")."))) ;
    plot->setProperty("tertialTitle", QString::fromStdString(name));

    double high = 0.0;
    double low = 0.0;
    auto track = [&](const std::vector<Core::MonthAmount> &points) {
        for (const Core::MonthAmount &p : points) {
            high = std::max(high, plotAmount(p.amount, options));
            low = std::min(low, plotAmount(p.amount, options));
        }
    };

    // The band first, so that every line is drawn over it. Its lower edge has no legend entry and
    // follows the upper edge when the reader hides the band.
    if (!series.bandLow.empty()) {
        QCPGraph *lowEdge = addLine(plot, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Prognosmetoder, lägsta")), chartPen(Palette::SkyBlue), series.bandLow, options);
        QCPGraph *highEdge = addLine(plot, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Spann mellan prognosmetoder")), chartPen(Palette::SkyBlue),
                                     series.bandHigh, options);
        highEdge->setBrush(QBrush(Palette::BandFill));
        highEdge->setChannelFillGraph(lowEdge);
        lowEdge->removeFromLegend();
        highEdge->setProperty("tertialPartner", QVariant::fromValue<QCPAbstractPlottable *>(lowEdge));
        track(series.bandLow);
        track(series.bandHigh);
    }

    std::vector<Core::MonthAmount> budget;
    for (int m = 1; m <= 12; ++m)
        budget.push_back({m, series.budget[static_cast<std::size_t>(m - 1)]});
    QCPGraph *budgetGraph = addLine(plot, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Budget, ackumulerad (periodiserad)")),
                                    chartPen(Palette::Orange, Qt::DashLine), budget, options);
    budgetGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, chartPen(Palette::Orange), Qt::white, 5));
    track(budget);

    if (!series.forecastLine.empty()) {
        QCPGraph *forecast = addLine(plot, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Prognos till december")), chartPen(Palette::Vermillion, Qt::DashDotLine),
                                     series.forecastLine, options);
        forecast->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
        track(series.forecastLine);
        const Core::MonthAmount &end = series.forecastLine.back();
        auto *label = new QCPItemText(plot);
        label->position->setCoords(end.month, plotAmount(end.amount, options));
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setPadding(QMargins(2, 2, 6, 4));
        label->setText(chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Prognos ")) + numberText(plotAmount(end.amount, options), decimals));
        label->setColor(Palette::Vermillion.darker(120));
        label->setFont(QFont(QStringLiteral("DejaVu Sans"), 8));
    }

    QCPGraph *actual = addLine(plot, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Utfall, ackumulerat")), chartPen(Palette::Blue), series.actual, options);
    actual->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Palette::Blue, 6));
    track(series.actual);

    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months << monthShortName(m, options.translated);
    setTextTicker(plot->xAxis, months);
    styleAxis(plot->xAxis, QString::number(series.year));
    plot->xAxis->setRange(0.5, 12.5);
    styleAxis(plot->yAxis, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Nettokostnad, ackumulerad (")) + unit + QLatin1Char(')'));
    setNumberTicker(plot->yAxis, 0);
    const double span = std::max(high - low, 1.0);
    plot->yAxis->setRange(low < 0 ? low - span * 0.05 : 0.0, high + span * 0.08);

    if (options.interactive)
        ChartInteraction::install(plot, [translated = options.translated](double key) -> QString {
            return monthShortName(static_cast<int>(std::lround(key)), translated);
        }, true);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Tertial::Charts
