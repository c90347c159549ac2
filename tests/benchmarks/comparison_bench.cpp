// SPDX-License-Identifier: GPL-3.0-or-later
// The sorted bar chart of 290 kommuner (issue 7 item 6: replot under 10 ms), offscreen.
#include "gui/comparison/rankingchart.h"

#include <QApplication>

#include <qcustomplot.h>

#include <benchmark/benchmark.h>

#include <random>

namespace {

using namespace Tertial;

Kolada::KommunRanking country()
{
    std::mt19937 random(11);
    std::uniform_real_distribution<double> cost(3000.0, 15000.0);
    std::vector<std::optional<double>> values;
    Kolada::KommunRanking ranking{"N33006", 2019, Core::Direction::LowerIsBetter, 290, {}};
    for (int k = 0; k < 290; ++k) {
        const double value = std::round(cost(random));
        values.push_back(value);
        ranking.rows.push_back({std::to_string(1000 + k), "Kommun " + std::to_string(k), value, {}, 0, 0});
    }
    const auto positions = Core::rankValues(values, ranking.direction);
    for (std::size_t i = 0; i < positions.size(); ++i) {
        ranking.rows[i].rank = positions[i]->rank;
        ranking.rows[i].quartile = positions[i]->quartile;
    }
    std::sort(ranking.rows.begin(), ranking.rows.end(), [](const auto &a, const auto &b) { return a.rank < b.rank; });
    return ranking;
}

void BM_RankingChartReplot(benchmark::State &state)
{
    QCustomPlot plot;
    plot.resize(1200, 500);
    const auto ranking = country();
    Gui::buildRankingChart(&plot, ranking, QStringLiteral("1100"), QStringLiteral("N33006, 2019"));
    for (auto _ : state)
        plot.replot(QCustomPlot::rpImmediateRefresh);
}
BENCHMARK(BM_RankingChartReplot)->Unit(benchmark::kMillisecond);

void BM_RankingChartRebuildAndReplot(benchmark::State &state)
{
    QCustomPlot plot;
    plot.resize(1200, 500);
    const auto ranking = country();
    int i = 0;
    for (auto _ : state) {
        Gui::buildRankingChart(&plot, ranking, QString::number(1000 + (i++ % 290)), QStringLiteral("N33006, 2019"));
        plot.replot(QCustomPlot::rpImmediateRefresh);
    }
}
BENCHMARK(BM_RankingChartRebuildAndReplot)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
