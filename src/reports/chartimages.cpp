// SPDX-License-Identifier: GPL-3.0-or-later
// Chart slots drawn by the chart builders as 300-dpi PNG.
#include "chartimages.h"

#include "charts/budgetchart.h"
#include "charts/chartoptions.h"
#include "charts/percentchart.h"
#include "charts/volumechart.h"
#include "core/volumechartseries.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QImage>

#include <algorithm>
#include <cmath>

namespace Tertial::Reports {

using Core::Money;

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

std::optional<Money> amountOf(const ChartSlot &slot, std::size_t series, std::size_t category)
{
    if (series >= slot.series.size() || category >= slot.series[series].values.size())
        return std::nullopt;
    const double tkr = slot.series[series].values[category];
    if (std::isnan(tkr))
        return std::nullopt;
    return Money::fromOre(std::llround(tkr * 100'000.0));
}

// The slot back as the chart builders' budget series (values exact to the öre).
Core::BudgetChartSeries budgetSeries(const ChartSlot &slot)
{
    Core::BudgetChartSeries series;
    series.year = slot.year;
    series.month = slot.month;
    series.title = slot.subject;
    auto sum = [](std::optional<Money> &total, std::optional<Money> v) {
        if (v)
            total = total.value_or(Money()) + *v;
    };
    for (std::size_t c = 0; c < slot.categories.size(); ++c) {
        Core::BudgetChartGroup group;
        group.name = slot.categories[c];
        group.budgetPeriod = amountOf(slot, 0, c);
        group.actual = amountOf(slot, 1, c);
        group.budgetDeviation = amountOf(slot, 2, c);
        group.budgetYear = amountOf(slot, 3, c);
        group.forecast = amountOf(slot, 4, c);
        group.forecastDeviation = amountOf(slot, 5, c);
        sum(series.total.budgetPeriod, group.budgetPeriod);
        sum(series.total.actual, group.actual);
        sum(series.total.budgetDeviation, group.budgetDeviation);
        sum(series.total.budgetYear, group.budgetYear);
        sum(series.total.forecast, group.forecast);
        sum(series.total.forecastDeviation, group.forecastDeviation);
        series.groups.push_back(std::move(group));
    }
    series.total.name = "Summa";
    return series;
}

} // namespace

ChartImageProvider chartImageProvider(double widthCm, double heightCm)
{
    return [widthCm, heightCm](const ChartSlot &slot) -> std::optional<ChartImage> {
        QCustomPlot plot;
        Charts::ChartOptions options;
        options.interactive = false;
        if (slot.kind == ChartSlot::Kind::Budget) {
            Charts::BudgetChart::build(&plot, budgetSeries(slot), options);
        } else if (slot.kind == ChartSlot::Kind::Percent) {
            auto series = volumeSeries(slot);
            if (!series)
                return std::nullopt;
            Charts::PercentChart::build(&plot, *series, slot.title, options);
        } else {
            auto series = volumeSeries(slot);
            if (!series)
                return std::nullopt;
            Charts::VolumeChart::build(&plot, *series, slot.subject.empty() ? slot.title : slot.subject, slot.measure,
                                       options);
        }
        // The chart builders size their titles for a screen: lay out on a wider logical canvas
        // (860 px, like a window) and scale it to the printed width at 300 dpi.
        const int pixelsWide = static_cast<int>(std::lround(widthCm / cmPerInch * dpi));
        const int pixelsHigh = static_cast<int>(std::lround(heightCm / cmPerInch * dpi));
        constexpr int logicalWidth = 860;
        const int logicalHeight = static_cast<int>(std::lround(logicalWidth * heightCm / widthCm));
        plot.resize(logicalWidth, logicalHeight);
        plot.replot();
        QImage image = plot.toPixmap(logicalWidth, logicalHeight, static_cast<double>(pixelsWide) / logicalWidth)
                           .toImage()
                           .scaled(pixelsWide, pixelsHigh, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
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
