// SPDX-License-Identifier: GPL-3.0-or-later
// Periodisation profiles (domain.md §4.3).
#include "core/periodizationprofile.h"

#include <gtest/gtest.h>

#include <limits>

namespace Tertial::Core {
namespace {

struct LinearCase
{
    std::int64_t budgetTkr;
    int firstMonth, lastMonth;
    std::int64_t expectedTkr; // rounded to tkr as printed
};

class LinearPeriodization : public testing::TestWithParam<LinearCase>
{};

TEST_P(LinearPeriodization, MatchesSeed)
{
    const LinearCase &c = GetParam();
    const Money budget = Money::fromThousands(c.budgetTkr);
    const Money period = PeriodizationProfile::linear().budgetForMonths(budget, 2020, c.firstMonth, c.lastMonth);
    EXPECT_EQ(period.roundedTo(100'000), Money::fromThousands(c.expectedTkr));
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, LinearPeriodization,
    testing::Values(LinearCase{-147'191, 1, 2, -24'532},  // seed 001 §3.1 Barn och unga, feb
                    LinearCase{-103'783, 1, 10, -86'486}, // seed 002 §2.1 Barn och unga, okt
                    LinearCase{-147'191, 1, 4, -49'064},  // seed 000 §7 budget T1
                    LinearCase{-147'191, 5, 8, -49'064},  // seed 000 §7 budget T2 (maj–aug alone)
                    LinearCase{-147'191, 9, 12, -49'064}, // seed 000 §7 budget T3
                    LinearCase{-147'191, 1, 12, -147'191}));

TEST(Periodization, LinearIsExactToTheOre)
{
    // -147 191 000 kr × 2/12 = -24 531 833,333… kr → -24 531 833,33 kr (half away from zero).
    EXPECT_EQ(PeriodizationProfile::linear().cumulativeBudget(Money::fromThousands(-147'191), 2020, 2),
              Money::fromOre(-2'453'183'333));
}

TEST(Periodization, ByDaysHandlesLeapYears)
{
    const PeriodizationProfile days = PeriodizationProfile::byDays();
    // 2020 is a leap year: january + february = 60 of 366 days.
    EXPECT_EQ(days.cumulativeBudget(Money::fromKronor(366'000), 2020, 2), Money::fromKronor(60'000));
    // 2021: 59 of 365.
    EXPECT_EQ(days.cumulativeBudget(Money::fromKronor(365'000), 2021, 2), Money::fromKronor(59'000));
    // 1900 is not a leap year, 2000 is.
    EXPECT_EQ(days.cumulativeBudget(Money::fromKronor(365'000), 1900, 2), Money::fromKronor(59'000));
    EXPECT_EQ(days.cumulativeBudget(Money::fromKronor(366'000), 2000, 2), Money::fromKronor(60'000));
    // To the end of august 2021: 243 of 365 days.
    EXPECT_EQ(days.cumulativeBudget(Money::fromKronor(365'000), 2021, 8), Money::fromKronor(243'000));
    EXPECT_EQ(days.cumulativeBudget(Money::fromKronor(365'000), 2021, 12), Money::fromKronor(365'000));
}

TEST(Periodization, WeightsAreNormalised)
{
    // Lower in july for holiday pay; the weights sum to 100, not 1.
    const auto profile = PeriodizationProfile::weighted({8, 8, 9, 8, 9, 8, 4, 8, 9, 9, 10, 10});
    ASSERT_TRUE(profile);
    const Money budget = Money::fromKronor(-1'000'000);
    EXPECT_EQ(profile->cumulativeBudget(budget, 2021, 2), Money::fromKronor(-160'000));
    EXPECT_EQ(profile->budgetForMonths(budget, 2021, 7, 7), Money::fromKronor(-40'000));
    EXPECT_EQ(profile->cumulativeBudget(budget, 2021, 12), budget);
    // Twelve equal weights of any size are the linear profile.
    const auto equal = PeriodizationProfile::weighted({3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3});
    ASSERT_TRUE(equal);
    const Money odd = Money::fromOre(-14'719'100'007);
    for (int month = 0; month <= 12; ++month)
        EXPECT_EQ(equal->cumulativeBudget(odd, 2021, month),
                  PeriodizationProfile::linear().cumulativeBudget(odd, 2021, month));
}

TEST(Periodization, DecimalWeightsAreConvertedExactly)
{
    const auto profile = PeriodizationProfile::weightedDecimal(
        {0.08, 0.08, 0.09, 0.08, 0.09, 0.08, 0.04, 0.08, 0.09, 0.09, 0.10, 0.10});
    ASSERT_TRUE(profile);
    EXPECT_EQ(profile->weights()[6], 40'000);
    EXPECT_EQ(profile->cumulativeBudget(Money::fromKronor(-1'000'000), 2021, 2), Money::fromKronor(-160'000));
}

TEST(Periodization, SingleMonthsAddUpToTheYear)
{
    const Money budget = Money::fromOre(-83'155'600'001);
    const auto weighted = PeriodizationProfile::weighted({7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 13}).value();
    for (const PeriodizationProfile &profile :
         {PeriodizationProfile::linear(), PeriodizationProfile::byDays(), weighted}) {
        Money sum;
        for (int month = 1; month <= 12; ++month)
            sum += profile.budgetForMonths(budget, 2020, month, month);
        EXPECT_EQ(sum, budget);
    }
}

TEST(Periodization, RejectsBadWeights)
{
    const auto negative = PeriodizationProfile::weighted({1, 1, 1, -1, 1, 1, 1, 1, 1, 1, 1, 1});
    ASSERT_FALSE(negative);
    EXPECT_NE(negative.error().message.find("månad 4"), std::string::npos) << negative.error().message;
    EXPECT_FALSE(PeriodizationProfile::weighted({}));
    EXPECT_FALSE(PeriodizationProfile::weighted({std::numeric_limits<std::int64_t>::max(), 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}));
    EXPECT_FALSE(PeriodizationProfile::weightedDecimal({0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1,
                                                         std::numeric_limits<double>::quiet_NaN()}));
}

} // namespace
} // namespace Tertial::Core
