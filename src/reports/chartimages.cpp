// SPDX-License-Identifier: GPL-3.0-or-later
// Chart slots drawn by the chart builders as 300-dpi PNG.
#include "chartimages.h"

#include "charts/chartoptions.h"
#include "charts/volumechart.h"
#include "core/volumechartseries.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QImage>

#include <algorithm>
#include <cmath>

namespace Tertial::Reports {

namespace {

constexpr int dpi = 300;
constexpr double cmPerInch = 2.54;

// The slot's categories on the month axis of the chart builders (a tertial sits on its last month).
std::optional<Core::VolumeChartSeries> volumeSeries(const ChartSlot &slot)
{
    if (slot.months.empty() || slot.months.size() != slot.categories.size() || slot.year == 0)
        return std::nullopt;
    const auto [low, high] = std::minmax_element(slot.months.begin(), slot.months.end());
    Core::VolumeChartSeries series;
    series.firstYear = slot.year;
    series.firstMonth = *low;
    series.monthCount = *high - *low + 1;
    for (const ChartSeries &input : slot.series) {
        Core::VolumeLine line;
        line.serviceType = input.name;
        line.values.assign(static_cast<std::size_t>(series.monthCount), std::nullopt);
        line.rollingMean.assign(static_cast<std::size_t>(series.monthCount), std::nullopt);
        for (std::size_t i = 0; i < input.values.size() && i < slot.months.size(); ++i)
            if (!std::isnan(input.values[i]))
                line.values[static_cast<std::size_t>(slot.months[i] - *low)] = input.values[i];
        series.lines.push_back(std::move(line));
    }
    return series;
}

} // namespace

ChartImageProvider chartImageProvider(double widthCm, double heightCm)
{
    return [widthCm, heightCm](const ChartSlot &slot) -> std::optional<ChartImage> {
        auto series = volumeSeries(slot);
        if (!series)
            return std::nullopt;
        QCustomPlot plot;
        Charts::ChartOptions options;
        options.interactive = false;
        Charts::VolumeChart::build(&plot, *series, slot.subject.empty() ? slot.title : slot.subject, slot.measure, options);
        // Logical size at 96 dpi, drawn at 300 dpi.
        const int width = static_cast<int>(std::lround(widthCm / cmPerInch * 96.0));
        const int height = static_cast<int>(std::lround(heightCm / cmPerInch * 96.0));
        plot.resize(width, height);
        plot.replot();
        QImage image = plot.toPixmap(width, height, dpi / 96.0).toImage();
        const int dotsPerMeter = static_cast<int>(std::lround(dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return std::nullopt;
        return ChartImage{bytes.toStdString(), image.width(), image.height(), dpi};
    };
}

} // namespace Tertial::Reports
