// SPDX-License-Identifier: GPL-3.0-or-later
// Recomputing every derived value of the economic tables: one nämnd × 12 months, and the
// country (290 kommuner × 10 years × 12 months of such a nämnd).
#include "core/economictable.h"

#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <map>
#include <vector>

namespace {

using namespace Tertial::Core;

// Values per row that the table carries: 9 rolled-up measures + 7 derived values
// (EconomicValues), counted as the "items" of the benchmarks.
constexpr std::int64_t valuesPerRow = 16;

// A realistic nämnd of 60 verksamheter: 6 verksamhetsområden (Barn och unga, Vuxna, ...), each
// with 3 groups (Dygnsvård, Öppenvård, Myndighet ...) of 2 leaves, as in seed 000 §7; the
// figures live on the 36 leaves; two areas use a monthly weight profile (holiday pay in july).
VerksamhetTree committeeTree()
{
    std::vector<VerksamhetNode> nodes;
    const auto summer = PeriodizationProfile::weighted({9, 8, 9, 8, 9, 8, 4, 7, 9, 9, 10, 10}).value();
    NodeId id = 1;
    for (int area = 0; area < 6; ++area) {
        const NodeId areaId = id++;
        VerksamhetNode areaNode{areaId, std::nullopt, "Område " + std::to_string(area), area, false, std::nullopt};
        if (area % 3 == 0)
            areaNode.periodization = summer;
        nodes.push_back(areaNode);
        for (int group = 0; group < 3; ++group) {
            const NodeId groupId = id++;
            nodes.push_back({groupId, areaId, "Grupp " + std::to_string(group), group, false, std::nullopt});
            for (int leaf = 0; leaf < 2; ++leaf)
                nodes.push_back({id++, groupId, "Verksamhet " + std::to_string(leaf), leaf, false, std::nullopt});
        }
    }
    return VerksamhetTree::build(std::move(nodes)).value();
}

// The yearly base figures of one leaf in kronor; the month's cumulative figures are derived from
// them with a little seasonality, so every month differs.
struct LeafYear
{
    NodeId id;
    std::int64_t budgetKr, incomeKr, costKr, previousKr;
};

std::vector<LeafYear> leafYears(const VerksamhetTree &tree, std::uint64_t seed)
{
    std::vector<LeafYear> leaves;
    std::uint64_t state = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    const auto next = [&state](std::int64_t range) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(range));
    };
    for (std::size_t i = 0; i < tree.size(); ++i) {
        if (!tree.isLeaf(i))
            continue;
        const std::int64_t budget = -(1'000'000 + next(150'000'000));
        leaves.push_back({tree.at(i).id, budget, -budget / 20 + next(500'000), budget - next(5'000'000),
                          budget + next(10'000'000)});
    }
    return leaves;
}

std::map<NodeId, EnteredFigures> figuresAt(const std::vector<LeafYear> &leaves, int month)
{
    std::map<NodeId, EnteredFigures> figures;
    for (const LeafYear &leaf : leaves) {
        EnteredFigures entered;
        entered.budgetYear = Money::fromKronor(leaf.budgetKr);
        entered.actualIncome = Money::fromKronor(leaf.incomeKr).scaled(month, 12);
        entered.actualCost = Money::fromKronor(leaf.costKr).scaled(month * 100 + (month == 7 ? -40 : 3), 1200);
        entered.forecast = Money::fromKronor(leaf.incomeKr + leaf.costKr);
        entered.previousYearActualNet = Money::fromKronor(leaf.previousKr).scaled(month, 12);
        figures.emplace(leaf.id, entered);
    }
    return figures;
}

// One nämnd, all 12 months of a year: the figures are prepared outside the timing.
void BM_NamndYear(benchmark::State &state)
{
    const VerksamhetTree tree = committeeTree();
    const std::vector<LeafYear> leaves = leafYears(tree, 182);
    std::array<std::map<NodeId, EnteredFigures>, 12> months;
    for (int month = 1; month <= 12; ++month)
        months[static_cast<std::size_t>(month - 1)] = figuresAt(leaves, month);
    EconomicTableOptions options;
    std::int64_t rows = 0;
    for (auto _ : state) {
        for (int month = 1; month <= 12; ++month) {
            auto table = buildEconomicTable(tree, months[static_cast<std::size_t>(month - 1)], 2020, month, options);
            rows += static_cast<std::int64_t>(table->rows.size()) + 1;
            benchmark::DoNotOptimize(table);
        }
    }
    state.SetItemsProcessed(rows * valuesPerRow);
    state.counters["tables"] = benchmark::Counter(static_cast<double>(state.iterations()) * 12.0,
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NamndYear)->Unit(benchmark::kMicrosecond);

// 290 kommuner × 10 years × 12 months of such a nämnd. Assembling each month's entered figures
// from the yearly base (what a store hands the core) is inside the timing.
void BM_CountryDecade(benchmark::State &state)
{
    constexpr int kommuner = 290;
    constexpr int years = 10;
    const VerksamhetTree tree = committeeTree();
    std::vector<std::vector<LeafYear>> data;
    data.reserve(kommuner * years);
    for (int kommun = 0; kommun < kommuner; ++kommun) {
        for (int year = 0; year < years; ++year)
            data.push_back(leafYears(tree, static_cast<std::uint64_t>(kommun * 100 + year)));
    }
    EconomicTableOptions options;
    options.percentBase = PercentBase::Actual;
    std::int64_t rows = 0;
    for (auto _ : state) {
        for (std::size_t i = 0; i < data.size(); ++i) {
            const int year = 2011 + static_cast<int>(i % years);
            for (int month = 1; month <= 12; ++month) {
                auto table = buildEconomicTable(tree, figuresAt(data[i], month), year, month, options);
                rows += static_cast<std::int64_t>(table->rows.size()) + 1;
                benchmark::DoNotOptimize(table);
            }
        }
    }
    state.SetItemsProcessed(rows * valuesPerRow);
    state.counters["tables"] = benchmark::Counter(
        static_cast<double>(state.iterations()) * kommuner * years * 12.0, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CountryDecade)->Unit(benchmark::kMillisecond);

} // namespace
