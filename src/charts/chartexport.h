// SPDX-License-Identifier: GPL-3.0-or-later
// Export a chart to PNG, PDF or SVG, or copy it to the clipboard.
#pragma once

#include "core/error.h"

#include <QString>

class QCustomPlot;

namespace Tertial::Charts {

struct ExportSize final
{
    int width = 1200;  // logical pixels (PDF: points)
    int height = 700;
    int dpi = 96;      // PNG only: pixels = width × dpi / 96
};

enum class ExportFormat { Png, Pdf, Svg };

// From the file suffix (case-insensitive): .png, .pdf, .svg; Unsupported otherwise.
Core::Result<ExportFormat> exportFormatFor(const QString &path);

// Replots immediately (the one place an immediate replot is right) and writes the file; an
// error names the file.
Core::Result<void> exportChart(QCustomPlot *plot, const QString &path, const ExportSize &size);

// The chart as an image on the clipboard, at its size on screen.
void copyChartToClipboard(QCustomPlot *plot);

} // namespace Tertial::Charts
