// SPDX-License-Identifier: GPL-3.0-or-later
// Replot time of a volume chart of 290 kommuner × 120 months (issue 5: under 10 ms).
#include "charts/volumechart.h"
#include "core/volumechartseries.h"

#include <benchmark/benchmark.h>

#include <qcustomplot.h>

#include <QApplication>

#include <cmath>

namespace {

// 290 lines of 120 monthly values with a seasonal wave and a trend, deterministic.
Tertial::Core::VolumeChartSeries kommunSeries(bool rollingMean)
{
    std::vector<Tertial::Core::VolumeInput> inputs;
    for (int k = 0; k < 290; ++k) {
        Tertial::Core::VolumeInput input{"Kommun " + std::to_string(k + 1), {}};
        for (int i = 0; i < 120; ++i) {
            const double value = 50.0 + k * 0.3 + 8.0 * std::sin((i % 12) * 0.5236 + k) + i * 0.05;
            input.observations.push_back({2011 + i / 12, i % 12 + 1, value});
        }
        inputs.push_back(std::move(input));
    }
    return Tertial::Core::volumeChartSeries(inputs, {2011, 1, 120, false, rollingMean ? 12 : 0}).value();
}

void replot(benchmark::State &state, bool rollingMean)
{
    QCustomPlot plot;
    plot.resize(1200, 700);
    Tertial::Charts::ChartOptions options;
    Tertial::Charts::VolumeChart::build(&plot, kommunSeries(rollingMean), "Alla kommuner", "placeringar", options);
    plot.replot();
    for (auto _ : state)
        plot.replot(QCustomPlot::rpImmediateRefresh);
    state.counters["graphs"] = plot.graphCount();
}

// The lines alone: the chart an analyst compares kommuner with.
void BM_VolumeChartReplot290x120(benchmark::State &state)
{
    replot(state, false);
}
BENCHMARK(BM_VolumeChartReplot290x120)->Unit(benchmark::kMillisecond);

// With each line's 12-month rolling mean as well (580 graphs).
void BM_VolumeChartReplot290x120WithTrend(benchmark::State &state)
{
    replot(state, true);
}
BENCHMARK(BM_VolumeChartReplot290x120WithTrend)->Unit(benchmark::kMillisecond);

// Building the series and the chart from scratch (what a changed selection costs).
void BM_VolumeChartBuild290x120(benchmark::State &state)
{
    QCustomPlot plot;
    plot.resize(1200, 700);
    const auto series = kommunSeries(true);
    Tertial::Charts::ChartOptions options;
    for (auto _ : state)
        Tertial::Charts::VolumeChart::build(&plot, series, "Alla kommuner", "placeringar", options);
}
BENCHMARK(BM_VolumeChartBuild290x120)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
