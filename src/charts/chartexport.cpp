// SPDX-License-Identifier: GPL-3.0-or-later
// PNG, PDF, SVG and clipboard export.
#include "chartexport.h"

#include <qcustomplot.h>

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSvgGenerator>

namespace Tertial::Charts {

Core::Result<ExportFormat> exportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    return Core::fail(Core::ErrorCode::Unsupported,
                      path.toStdString() + ": okänd filtyp, väntade .png, .pdf eller .svg");
}

Core::Result<void> exportChart(QCustomPlot *plot, const QString &path, const ExportSize &size)
{
    auto format = exportFormatFor(path);
    if (!format)
        return std::unexpected(format.error());
    if (size.width < 50 || size.height < 50 || size.dpi < 24 || size.dpi > 1200)
        return Core::fail(Core::ErrorCode::OutOfRange,
                          path.toStdString() + ": storlek " + std::to_string(size.width) + "×" +
                              std::to_string(size.height) + " vid " + std::to_string(size.dpi) +
                              " dpi är utanför det tillåtna (minst 50×50, 24–1200 dpi)");
    plot->resize(size.width, size.height);
    plot->replot();
    bool ok = false;
    switch (*format) {
    case ExportFormat::Png:
        ok = plot->savePng(path, size.width, size.height, size.dpi / 96.0, -1, size.dpi, QCP::ruDotsPerInch);
        break;
    case ExportFormat::Pdf:
        ok = plot->savePdf(path, size.width, size.height, QCP::epNoCosmetic);
        break;
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(QSize(size.width, size.height));
        generator.setViewBox(QRect(0, 0, size.width, size.height));
        generator.setTitle(plot->property("tertialTitle").toString());
        QCPPainter painter;
        if (painter.begin(&generator)) {
            plot->toPainter(&painter, size.width, size.height);
            ok = painter.end();
        }
        break;
    }
    }
    if (!ok)
        return Core::fail(Core::ErrorCode::Io, path.toStdString() + ": diagrammet kunde inte skrivas");
    return {};
}

void copyChartToClipboard(QCustomPlot *plot)
{
    QGuiApplication::clipboard()->setPixmap(plot->toPixmap());
}

} // namespace Tertial::Charts
