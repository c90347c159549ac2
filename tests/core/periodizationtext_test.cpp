// SPDX-License-Identifier: GPL-3.0-or-later
// The periodisering text: the one reader the importer and the store share (docs/formats.md).
#include "core/periodizationtext.h"

#include <gtest/gtest.h>

namespace Tertial::Core {
namespace {

TEST(PeriodizationText, ReadsEveryFormTheFilesWrite)
{
    EXPECT_EQ(parsePeriodization("linjär").value(), PeriodizationProfile::linear());
    EXPECT_EQ(parsePeriodization("").value(), PeriodizationProfile::linear());
    EXPECT_EQ(parsePeriodization("dagar").value(), PeriodizationProfile::byDays());
    const auto weights = parsePeriodization("8 8 9 8 9 8 5 7 9 9 10 10");
    ASSERT_TRUE(weights) << weights.error().message;
    EXPECT_EQ(*weights, PeriodizationProfile::weighted({8, 8, 9, 8, 9, 8, 5, 7, 9, 9, 10, 10}).value());
    const auto decimals = parsePeriodization("0,08 0,08 0,09 0,08 0,09 0,08 0,05 0,07 0,09 0,09 0,1 0,1");
    ASSERT_TRUE(decimals) << decimals.error().message;
    EXPECT_EQ(decimals->kind(), PeriodizationKind::Weights);
    EXPECT_EQ(periodizationText(*weights), "8 8 9 8 9 8 5 7 9 9 10 10");
    EXPECT_EQ(parsePeriodization(periodizationText(*decimals)).value(), *decimals);
}

// tablecommand.cpp used std::stod here, which threw on bad text: now every form is a message.
TEST(PeriodizationText, BadTextIsAMessageNeverAnException)
{
    for (const char *bad : {"8 8 9", "8 8 9 8 9 8 5 7 9 9 10 x", "-1 8 9 8 9 8 5 7 9 9 10 10", "1e3 8 9 8 9 8 5 7 9 9 10 10",
                            "8,,5 8 9 8 9 8 5 7 9 9 10 10", "kvartal"}) {
        const auto profile = parsePeriodization(bad);
        ASSERT_FALSE(profile) << bad;
        EXPECT_NE(profile.error().message.find("förväntade linjär, dagar eller tolv vikter"), std::string::npos)
            << profile.error().message;
    }
    EXPECT_FALSE(parsePeriodization("0 0 0 0 0 0 0 0 0 0 0 0")); // the sum must be positive
    EXPECT_FALSE(parsePeriodization("99999999999999999999 8 9 8 9 8 5 7 9 9 10 10"));
}

} // namespace
} // namespace Tertial::Core
