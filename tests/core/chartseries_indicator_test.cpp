// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator history series with status per year (seed 000 §5).
#include "core/indicatorchartseries.h"

#include <gtest/gtest.h>

namespace Tertial::Core::Test {
namespace {

TEST(IndicatorChartSeries, Seed000Servicebostad)
{
    // seed 000 §5: "Andel ... i sin servicebostad" 2018 81 %, 2020 70 %, Mål 2020 85 % → ◆.
    const auto series = indicatorChartSeries("Servicebostad", "%", {TargetKind::AtLeast, 0, 0, {}},
                                             {{2020, 70, 85}, {2019, std::nullopt, std::nullopt}, {2018, 81, std::nullopt}});
    ASSERT_TRUE(series);
    ASSERT_EQ(series->points.size(), 3u);
    EXPECT_EQ(series->points[0].year, 2018);
    EXPECT_FALSE(series->points[0].status); // no target printed for 2018
    EXPECT_FALSE(series->points[1].actual);
    EXPECT_EQ(series->points[2].status, IndicatorStatus::PartlyMet);
    EXPECT_EQ(series->points[2].target, 85.0);
}

TEST(IndicatorChartSeries, Seed000GruppbostadAndEvictions)
{
    // seed 000 §5: gruppbostad 82 % vs mål 80 % → ●; skyddat boende 85 vs 80 → ●.
    const auto group = indicatorChartSeries("Gruppbostad", "%", {TargetKind::AtLeast, 0, 0, {}},
                                            {{2018, 77, std::nullopt}, {2020, 82, 80}});
    ASSERT_EQ(group->points.size(), 3u); // 2019 listed without utfall
    EXPECT_EQ(group->points[2].status, IndicatorStatus::Met);
    // seed 000 §5 / domain.md §5: 4 vräkta barn against target 0 (at most) is ■.
    const auto evictions =
        indicatorChartSeries("Vräkta barn", "antal", {TargetKind::AtMost, 0, 0, {}}, {{2020, 4, 0}});
    EXPECT_EQ(evictions->points[0].status, IndicatorStatus::NotMet);
}

TEST(IndicatorChartSeries, AMissingYearIsListed)
{
    // seed 000 §5: "2019 gjordes ingen brukarundersökning": 2018 and 2020 only.
    const auto series = indicatorChartSeries("Servicebostad", "%", {TargetKind::AtLeast, 0, 0, {}},
                                             {{2020, 70, 85}, {2018, 81, std::nullopt}});
    ASSERT_EQ(series->points.size(), 3u);
    EXPECT_EQ(series->points[1].year, 2019);
    EXPECT_FALSE(series->points[1].actual);
    EXPECT_FALSE(series->points[1].status);
}

TEST(IndicatorChartSeries, IncreaseJudgesAgainstThePreviousYear)
{
    const auto series = indicatorChartSeries("Öka", "antal", {TargetKind::Increase, 0, 0, {}},
                                             {{2019, 10, std::nullopt}, {2020, 12, std::nullopt}});
    EXPECT_EQ(series->points[0].status, IndicatorStatus::Missing); // nothing to compare with
    EXPECT_EQ(series->points[1].status, IndicatorStatus::Met);
    EXPECT_EQ(indicatorChartSeries("x", "", {}, {{2020, 1, 1}, {2020, 2, 2}}).error().code, ErrorCode::Conflict);
}

} // namespace
} // namespace Tertial::Core::Test
