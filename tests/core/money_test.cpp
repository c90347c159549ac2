// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

using Tertial::Core::Money;

TEST(Money, ScaledRoundsHalfAwayFromZero)
{
    // Seed 001 §3.1: Barn och unga budget helår -147 191 tkr, februari: × 2/12 = -24 531,83 → -24 532 tkr.
    const Money budget = Money::fromThousands(-147'191);
    EXPECT_EQ(budget.scaled(2, 12).roundedTo(100'000), Money::fromThousands(-24'532));
    EXPECT_EQ(Money::fromOre(5).scaled(1, 2), Money::fromOre(3));
    EXPECT_EQ(Money::fromOre(-5).scaled(1, 2), Money::fromOre(-3));
    EXPECT_EQ(Money::fromOre(4).scaled(1, 3), Money::fromOre(1));
}

TEST(Money, RoundedToUnits)
{
    EXPECT_EQ(Money::fromOre(149'999).roundedTo(100'000), Money::fromOre(100'000));
    EXPECT_EQ(Money::fromOre(150'000).roundedTo(100'000), Money::fromOre(200'000));
    EXPECT_EQ(Money::fromOre(-150'000).roundedTo(100'000), Money::fromOre(-200'000));
}

// Issue 11: sums are checked. An overflow is the invalid amount, never a wrapped number.
TEST(Money, OverflowingSumIsInvalidNotWrapped)
{
    // Intäkter and kostnader of 92 233 720 368 547 758 kr each: 9 223 372 036 854 775 800 öre
    // fits, their sum does not (it wrapped to −200 öre and passed the importer's netto check).
    const Money income = Money::fromOre(9'223'372'036'854'775'800);
    EXPECT_TRUE(income.isValid());
    EXPECT_FALSE((income + income).isValid());
    // Two costs of −60 000 000 000 000 000 kr: the sum wrapped to +64 467 440 737 096 tkr.
    const Money cost = Money::fromKronor(-60'000'000'000'000'000);
    ASSERT_TRUE(cost.isValid());
    EXPECT_FALSE((cost + cost).isValid());
    Money sum;
    sum += cost;
    sum += cost;
    EXPECT_FALSE(sum.isValid());
    EXPECT_FALSE((Money::fromOre(INT64_MAX) - Money::fromOre(-1)).isValid());
    EXPECT_FALSE((Money::fromOre(INT64_MAX / 2) * 3).isValid());
    EXPECT_FALSE(Money::fromKronor(INT64_MAX / 10).isValid());
    // Invalid stays invalid through everything, also where the overflow would cancel out.
    EXPECT_FALSE((sum - cost).isValid());
    EXPECT_FALSE((-sum).isValid());
    EXPECT_FALSE(sum.abs().isValid());
    EXPECT_FALSE(sum.scaled(1, 2).isValid());
    EXPECT_FALSE(sum.roundedTo(100).isValid());
    EXPECT_TRUE(std::isnan(sum.ratioTo(cost)));
    EXPECT_FALSE(Money::fromOre(INT64_MAX).scaled(3, 2).isValid());
    // Sums that fit stay exact up to the last öre.
    EXPECT_EQ(Money::fromOre(INT64_MAX - 1) + Money::fromOre(1), Money::fromOre(INT64_MAX));
    EXPECT_EQ(Money::fromOre(-INT64_MAX) + Money::fromOre(INT64_MAX), Money{});
}

TEST(Money, BoundsOfInput)
{
    EXPECT_TRUE(Money::withinBounds(Money::fromKronor(10'000'000'000'000)));
    EXPECT_TRUE(Money::withinBounds(Money::fromKronor(-10'000'000'000'000)));
    EXPECT_FALSE(Money::withinBounds(Money::fromOre(1'000'000'000'000'001)));
    EXPECT_FALSE(Money::withinBounds(Money::invalid()));
}

TEST(Money, FromRoundedOre)
{
    EXPECT_EQ(Money::fromRoundedOre(2.5), Money::fromOre(3));
    EXPECT_EQ(Money::fromRoundedOre(-2.5), Money::fromOre(-3));
    EXPECT_FALSE(Money::fromRoundedOre(1e300).isValid());
    EXPECT_FALSE(Money::fromRoundedOre(-9223372036854775808.0).isValid());
    EXPECT_FALSE(Money::fromRoundedOre(std::nan("")).isValid());
}
