// SPDX-License-Identifier: GPL-3.0-or-later
// Volume series and rolling means against seed 002 §4 (personlig assistans, antal personer per månad).
#include "core/rollingmean.h"
#include "core/volumechartseries.h"

#include <gtest/gtest.h>

#include <cmath>

namespace Tertial::Core::Test {
namespace {

// seed 002 §4 "Antal personer", jan..okt.
const double persons2016[] = {38, 35, 36, 35, 38, 41, 42, 42, 45, 41};
const double persons2017[] = {45, 48, 46, 44, 45, 49, 50, 50, 49, 46};

VolumeInput seed002Persons()
{
    VolumeInput input{"personlig assistans", {}};
    for (int m = 1; m <= 10; ++m) {
        input.observations.push_back({2016, m, persons2016[m - 1]});
        input.observations.push_back({2017, m, persons2017[m - 1]});
    }
    return input;
}

TEST(RollingMean, Seed002MeanJanToOct)
{
    // seed 002 §4 "Medel jan-okt": 2016 39 (393 / 10 = 39,3), 2017 47 (472 / 10 = 47,2).
    std::vector<std::optional<double>> values(persons2017, persons2017 + 10);
    const auto means = rollingMean(values, 10);
    for (std::size_t i = 0; i < 9; ++i)
        EXPECT_FALSE(means[i]);
    ASSERT_TRUE(means[9]);
    EXPECT_DOUBLE_EQ(*means[9], 47.2);
    EXPECT_EQ(std::lround(*means[9]), 47);
}

TEST(RollingMean, AGapBreaksEveryWindowThatHoldsIt)
{
    const std::vector<std::optional<double>> values = {1, 2, std::nullopt, 4, 5, 6};
    const auto means = rollingMean(values, 2);
    EXPECT_EQ(means[1], 1.5);
    EXPECT_FALSE(means[2]);
    EXPECT_FALSE(means[3]);
    EXPECT_EQ(means[4], 4.5);
    EXPECT_EQ(means[5], 5.5);
    EXPECT_FALSE(rollingMean(values, 0)[5]);
}

TEST(VolumeChartSeries, PlacesMonthsOnTheAxis)
{
    const auto series = volumeChartSeries({seed002Persons()}, {2016, 1, 24, false, 12});
    ASSERT_TRUE(series);
    ASSERT_EQ(series->lines.size(), 1u);
    const VolumeLine &line = series->lines[0];
    ASSERT_EQ(line.values.size(), 24u);
    EXPECT_EQ(line.values[0], 38.0);  // jan 2016
    EXPECT_EQ(line.values[9], 41.0);  // okt 2016
    EXPECT_FALSE(line.values[10]);    // nov 2016 is not in the report
    EXPECT_EQ(line.values[12], 45.0); // jan 2017
    // Nov and dec 2016 are missing, so no complete 12-month window exists in this data.
    for (const auto &mean : line.rollingMean)
        EXPECT_FALSE(mean);
    EXPECT_EQ(monthAt(2016, 1, 13).year, 2017);
    EXPECT_EQ(monthAt(2016, 1, 13).month, 2);
    EXPECT_EQ(monthAt(2016, 11, 2).month, 1);
}

TEST(VolumeChartSeries, WeightsToAStandardMonth)
{
    // seed 001: "viktats så att varje månad har 30,5 dygn". Februari 2017 (28 days):
    // 48 × 30,5 / 28 = 52,2857...; januari (31): 45 × 30,5 / 31 = 44,274...
    const auto series = volumeChartSeries({seed002Persons()}, {2017, 1, 12, true, 10});
    ASSERT_TRUE(series);
    const VolumeLine &line = series->lines[0];
    EXPECT_NEAR(*line.values[1], 48.0 * 30.5 / 28.0, 1e-12);
    EXPECT_NEAR(*line.values[0], 45.0 * 30.5 / 31.0, 1e-12);
    EXPECT_TRUE(line.rollingMean[9]);
    EXPECT_FALSE(line.rollingMean[10]); // nov 2017 missing
}

TEST(VolumeChartSeries, TwoValuesForOneMonthIsAConflict)
{
    VolumeInput input = seed002Persons();
    input.observations.push_back({2016, 3, 1});
    EXPECT_EQ(volumeChartSeries({input}, {2016, 1, 12, false, 12}).error().code, ErrorCode::Conflict);
}

} // namespace
} // namespace Tertial::Core::Test
