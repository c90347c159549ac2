// SPDX-License-Identifier: GPL-3.0-or-later
// Prognossäkerhet.
#include "accuracychart.h"

#include "chartinteraction.h"
#include "chartoptions.h"
#include "chartstyle.h"
#include "charttext.h"

#include "core/svformat.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Tertial::Charts {

void AccuracyChart::build(QCustomPlot *plot, const std::vector<Core::ActivityForecastAccuracy> &rows, int year,
                          const std::string &name, const std::string &totalName, const ChartOptions &options)
{
    const QString unit = unitText(options);
    const int decimals = Core::defaultDecimals(options.unit);
    setupChart(plot,
               QString::fromStdString(name) + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ": prognossäkerhet ")) + QString::number(year) +
                   chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ", prognos minus utfall helår (")) + unit + QLatin1Char(')'),
               chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Hur långt varje prognos för helåret låg från årets slutliga utfall, efter månaden då "
                              "prognosen gjordes.\nNettokostnad: över noll = prognosen var för hög (för försiktig), "
                              "under noll = för låg (för optimistisk). Medelfel = felet i snitt, i procent av årets utfall.")));
    plot->setProperty("tertialTitle", QString::fromStdString(name));

    double extent = 1.0;
    int colour = 0;
    for (const Core::ActivityForecastAccuracy &row : rows) {
        const bool total = row.activity == totalName;
        const QColor color = total ? Palette::Black : Palette::cycle(colour++);
        auto *graph = plot->addGraph();
        QString label = QString::fromStdString(row.activity);
        if (row.accuracy.meanAbsoluteShare)
            label += chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " (medelfel ")) +
                     QString::fromStdString(Core::formatPercent(*row.accuracy.meanAbsoluteShare, 1)) + QLatin1Char(')');
        graph->setName(label);
        graph->setPen(chartPen(color, total ? Qt::SolidLine : Qt::DashLine));
        graph->setScatterStyle(QCPScatterStyle(total ? QCPScatterStyle::ssSquare : QCPScatterStyle::ssDisc, color, 7));
        setValueFormat(graph, unit, decimals);
        QStringList tips;
        for (const Core::ForecastError &error : row.accuracy.errors) {
            // The error is a difference of amounts, so it flips with the display sign like one.
            const double value = plotAmount(error.error, options);
            graph->addData(error.month, value);
            extent = std::max(extent, std::abs(value));
            tips << QString::fromStdString(row.activity) + chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ", prognos i ")) + monthLongName(error.month, options.translated) +
                        QStringLiteral(": ") + numberText(plotAmount(error.forecast, options), decimals) +
                        chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", " mot utfall ")) + numberText(plotAmount(row.accuracy.finalActual, options), decimals) +
                        chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", ", fel ")) + signedNumberText(value, decimals) + QLatin1Char(' ') + unit;
        }
        graph->setProperty("tertialTips", tips);
    }
    auto *zero = new QCPItemStraightLine(plot);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(1, 0);
    zero->setPen(chartPen(Palette::Grey));

    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months << monthShortName(m, options.translated);
    setTextTicker(plot->xAxis, months);
    styleAxis(plot->xAxis, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Månad då prognosen gjordes, ")) + QString::number(year));
    plot->xAxis->setRange(0.5, 12.5);
    styleAxis(plot->yAxis, chartText(options, QT_TRANSLATE_NOOP("Tertial::Charts", "Prognosfel, nettokostnad (")) + unit + QLatin1Char(')'));
    setNumberTicker(plot->yAxis, 0);
    plot->yAxis->setRange(-extent * 1.15, extent * 1.15);
    // Long verksamhet names with their mean error: two entries a row.
    plot->legend->setWrap(2);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);

    if (options.interactive)
        ChartInteraction::install(plot, [translated = options.translated](double key) -> QString {
            return monthShortName(static_cast<int>(std::lround(key)), translated);
        }, true);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Tertial::Charts
