// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 000 §7 table "Tkr T1 T2 T3 År 2020" (Nacka, barn och unga): single tertials as the
// difference of cumulative values as of april, august and december.
#include "core/tertialsplit.h"
#include "publishedrow.h"

#include <gtest/gtest.h>

namespace Tertial::Core::Test {
namespace {

// Cumulative utfall netto of barn och unga at the end of each tertial, from the published
// single tertials: -53 747; -53 747 − 51 924 = -105 671; -105 671 − 48 030 = -153 701 (= År 2020).
EconomicValues cumulativeAt(int month, std::int64_t actualNetTkr)
{
    const VerksamhetTree tree =
        VerksamhetTree::build({{1, std::nullopt, "Barn och unga", 1, false, std::nullopt}}).value();
    EnteredFigures figures;
    figures.actualNet = tkr(actualNetTkr);
    figures.budgetYear = tkr(-147'191);
    return buildEconomicTable(tree, {{1, figures}}, 2020, month, {}).value().rows.front().values;
}

struct TertialCase
{
    int tertial; // 0..2, 3 = År
    std::int64_t net, budget, deviation;
};

class Seed000TertialSplit : public testing::TestWithParam<TertialCase>
{};

TEST_P(Seed000TertialSplit, ReproducesPublishedColumn)
{
    const TertialSplit split =
        splitTertials(cumulativeAt(4, -53'747), cumulativeAt(8, -105'671), cumulativeAt(12, -153'701));
    const TertialCase &expected = GetParam();
    const TertialColumn &column = expected.tertial < 3 ? split.tertials[static_cast<std::size_t>(expected.tertial)]
                                                       : split.year;
    ASSERT_TRUE(column.actualNet && column.budgetPeriod && column.budgetDeviation);
    EXPECT_EQ(column.actualNet->roundedTo(100'000), tkr(expected.net));
    EXPECT_EQ(column.budgetPeriod->roundedTo(100'000), tkr(expected.budget));
    EXPECT_EQ(column.budgetDeviation->roundedTo(100'000), tkr(expected.deviation));
}

// seed 000 §7 "Nettokostnad barn och unga / Budget barn och unga / Budgetavvikelse":
// budget per tertial 147 191 / 3 = 49 063,7 → -49 064; T1 -53 747 + 49 063,7 = -4 683,3.
INSTANTIATE_TEST_SUITE_P(Seed000, Seed000TertialSplit,
                         testing::Values(TertialCase{0, -53'747, -49'064, -4'683},
                                         TertialCase{1, -51'924, -49'064, -2'860},
                                         TertialCase{2, -48'030, -49'064, 1'034},
                                         TertialCase{3, -153'701, -147'191, -6'510}));

TEST(TertialSplit, TertialsAddUpToTheYearExactly)
{
    const TertialSplit split =
        splitTertials(cumulativeAt(4, -53'747), cumulativeAt(8, -105'671), cumulativeAt(12, -153'701));
    Money budget;
    Money deviation;
    for (const TertialColumn &column : split.tertials) {
        budget += *column.budgetPeriod;
        deviation += *column.budgetDeviation;
    }
    EXPECT_EQ(budget, tkr(-147'191));
    EXPECT_EQ(deviation, tkr(-6'510));
}

TEST(TertialSplit, AbsentAtEitherEndIsAbsent)
{
    EconomicValues t1;
    EconomicValues t2;
    EconomicValues t3;
    t1.actualNet = tkr(-10);
    t3.actualNet = tkr(-30);
    const TertialSplit split = splitTertials(t1, t2, t3);
    EXPECT_EQ(split.tertials[0].actualNet, tkr(-10));
    EXPECT_FALSE(split.tertials[1].actualNet);
    EXPECT_FALSE(split.tertials[2].actualNet);
    EXPECT_EQ(split.year.actualNet, tkr(-30));
}

} // namespace
} // namespace Tertial::Core::Test
