// SPDX-License-Identifier: GPL-3.0-or-later
// Unweighted group mean (ovägt medel) with the count of contributors.
#include "core/groupmean.h"

#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <vector>

using Tertial::Core::unweightedMean;

namespace {

TEST(GroupMean, ListedMunicipalitiesOfSeed000)
{
    // seed 000 §4 Kostnad barn och ungdomsvård, kr/inv 0-20 år, 2019, the six listed
    // municipalities: (5 277 + 4 817 + 6 473 + 6 149 + 9 398 + 4 554) / 6 = 36 668 / 6 = 6 111,33.
    // (The printed "Stockholms läns kommuner (ovägt medel)" 7 131 is over all 26 kommuner of the
    // län, whose values the seed does not list, so it cannot be reproduced here.)
    const std::vector<std::optional<double>> values{5'277, 4'817, 6'473, 6'149, 9'398, 4'554};
    const auto mean = unweightedMean(values);
    ASSERT_TRUE(mean.mean.has_value());
    EXPECT_DOUBLE_EQ(*mean.mean, 36'668.0 / 6.0);
    EXPECT_EQ(mean.contributors, 6);
}

TEST(GroupMean, NegativeValues)
{
    // seed 000 §4 Nettokostnadsavvikelse LSS 2019: (0,7 + 6,3 + 2,0 + 2,2 − 4,2 + 2,6) / 6 = 9,6 / 6 = 1,6
    const std::vector<std::optional<double>> values{0.7, 6.3, 2.0, 2.2, -4.2, 2.6};
    const auto mean = unweightedMean(values);
    ASSERT_TRUE(mean.mean.has_value());
    EXPECT_NEAR(*mean.mean, 1.6, 1e-12);
    EXPECT_EQ(mean.contributors, 6);
}

TEST(GroupMean, MissingValuesAreLeftOutNotZero)
{
    // Utredningstid 2020 of seed 000 §4 with Danderyd and Tyresö missing: (93 + 107 + 100 + 101) / 4
    const std::vector<std::optional<double>> values{93, std::nullopt, 107, 100,
                                                    std::numeric_limits<double>::quiet_NaN(), 101};
    const auto mean = unweightedMean(values);
    ASSERT_TRUE(mean.mean.has_value());
    EXPECT_DOUBLE_EQ(*mean.mean, 401.0 / 4.0);
    EXPECT_EQ(mean.contributors, 4);
}

TEST(GroupMean, NoValues)
{
    const std::vector<std::optional<double>> none{std::nullopt, std::nullopt};
    EXPECT_FALSE(unweightedMean(none).mean.has_value());
    EXPECT_EQ(unweightedMean(none).contributors, 0);
    EXPECT_FALSE(unweightedMean(std::vector<std::optional<double>>{}).mean.has_value());
}

TEST(GroupMean, OneValue)
{
    const std::vector<std::optional<double>> one{42.5};
    EXPECT_DOUBLE_EQ(unweightedMean(one).mean.value(), 42.5);
    EXPECT_EQ(unweightedMean(one).contributors, 1);
}

} // namespace
