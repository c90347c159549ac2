// SPDX-License-Identifier: GPL-3.0-or-later
// Avvikelser and ratios from exact amounts (domain.md §4).
#include "core/deviation.h"

#include <gtest/gtest.h>

namespace Tertial::Core {
namespace {

Money tkr(std::int64_t thousands)
{
    return Money::fromThousands(thousands);
}

TEST(Deviation, DomainExamples)
{
    // domain.md §4.1, seed 002 §2.1 Barn och unga: -88 552 − (-86 486) = -2 066.
    EXPECT_EQ(budgetDeviation(tkr(-88'552), tkr(-86'486)), tkr(-2'066));
    // §4.2, seed 002: -107 623 − (-103 783) = -3 840.
    EXPECT_EQ(forecastDeviation(tkr(-107'623), tkr(-103'783)), tkr(-3'840));
    // §4.5, seed 000 §7 Dygnsvård: -81 242 − (-83 505) = 2 263; (81 242 − 83 505) / 83 505 = -2,7 %.
    EXPECT_EQ(changeFromPreviousYear(tkr(-81'242), tkr(-83'505)), tkr(2'263));
    EXPECT_NEAR(*changePercent(tkr(-81'242), tkr(-83'505)), -2'263.0 / 83'505.0, 1e-12);
    // §4.4, seed 000 §7 Personlig assistans: -10 420 / |-85 462| = -12,2 %.
    EXPECT_NEAR(*deviationPercent(tkr(-10'420), tkr(-85'462)), -0.12192, 1e-5);
    // §4.2, seed 003: 3 375 / |-422 848| = 0,8 %.
    EXPECT_NEAR(*budgetKeeping(tkr(3'375), tkr(-422'848)), 0.00798, 1e-5);
}

TEST(Deviation, ZeroOrAbsentBaseGivesNoValue)
{
    EXPECT_FALSE(deviationPercent(tkr(-190), tkr(0)));
    EXPECT_FALSE(deviationPercent(tkr(-190), std::nullopt));
    EXPECT_FALSE(deviationPercent(std::nullopt, tkr(-100)));
    EXPECT_FALSE(changePercent(tkr(-10), tkr(0)));
    EXPECT_FALSE(consumption(tkr(-10), tkr(0)));
    EXPECT_FALSE(budgetKeeping(tkr(-2'748), tkr(0))); // seed 003 Ensamkommande: budget helår 0
    EXPECT_FALSE(changeFromPreviousYear(tkr(-10), std::nullopt));
}

TEST(Deviation, AbsentBudgetCountsAsZeroButAbsentOutcomeDoesNot)
{
    // seed 002 §2.1 Preliminärbokförda fakturor: utfall -190, no budget → avvikelse -190.
    EXPECT_EQ(budgetDeviation(tkr(-190), std::nullopt), tkr(-190));
    EXPECT_FALSE(budgetDeviation(std::nullopt, tkr(-100)));
    EXPECT_EQ(forecastDeviation(tkr(0), std::nullopt), tkr(0));
    EXPECT_FALSE(forecastDeviation(std::nullopt, tkr(-100)));
}

TEST(Deviation, CombinedActualNet)
{
    EXPECT_EQ(combinedActualNet(tkr(3'970), tkr(-92'522), std::nullopt), tkr(-88'552)); // seed 002
    EXPECT_EQ(combinedActualNet(std::nullopt, tkr(-1'983), std::nullopt), tkr(-1'983));
    EXPECT_EQ(combinedActualNet(tkr(1), tkr(-5), tkr(-7)), tkr(-7)); // entered netto wins
    EXPECT_FALSE(combinedActualNet(std::nullopt, std::nullopt, std::nullopt));
}

TEST(Deviation, ChangePercentIsOfTheAbsoluteCost)
{
    // A cost that grows from 100 to 110 is +10 % whatever the sign convention.
    EXPECT_NEAR(*changePercent(tkr(-110), tkr(-100)), 0.10, 1e-12);
    EXPECT_NEAR(*changePercent(tkr(110), tkr(100)), 0.10, 1e-12);
}

} // namespace
} // namespace Tertial::Core
