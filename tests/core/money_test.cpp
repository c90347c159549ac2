// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"

#include <gtest/gtest.h>

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
