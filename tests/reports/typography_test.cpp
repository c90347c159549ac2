// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers and their units never break apart (domain.md §9): no-break spaces in the drafts' text.
#include "reports/typography.h"

#include <gtest/gtest.h>

namespace Tertial::Reports::Test {
namespace {

const std::string nbsp = "\u00A0";

TEST(Typography, DigitGroupsAreBound)
{
    // seed 002 §2.1: -147 191 style amounts; seed 000 §4: 1 171 584 kr/brukare
    EXPECT_EQ(bindNumbers("-88 552"), "-88" + nbsp + "552");
    EXPECT_EQ(bindNumbers("1 171 584"), "1" + nbsp + "171" + nbsp + "584");
    EXPECT_EQ(bindNumbers("\u2212147 191,5"), "\u2212147" + nbsp + "191,5");
    EXPECT_EQ(bindNumbers("(1 234)"), "(1" + nbsp + "234)");
}

TEST(Typography, NumbersAreBoundToTheirUnits)
{
    // seed 000 §7: "Ekonomiskt underskott för socialnämnden, -16,4 miljoner kronor"
    EXPECT_EQ(bindNumbers("underskott på -16,4 miljoner kronor."),
              "underskott på -16,4" + nbsp + "miljoner" + nbsp + "kronor.");
    // seed 003: "Budgethållning (%) … 0,8 %"; "16,4 %" never breaks
    EXPECT_EQ(bindNumbers("16,4 %"), "16,4" + nbsp + "%");
    EXPECT_EQ(bindNumbers("med 0,7 procentenheter sedan"), "med 0,7" + nbsp + "procentenheter sedan");
    EXPECT_EQ(bindNumbers("Sociala kontrakt -24 tusen kronor"), "Sociala kontrakt -24" + nbsp + "tusen" + nbsp + "kronor");
    EXPECT_EQ(bindNumbers("1 591 kr"), "1" + nbsp + "591" + nbsp + "kr");
    EXPECT_EQ(bindNumbers("Prognos +6,2 mnkr mot budget"), "Prognos +6,2" + nbsp + "mnkr mot budget");
    EXPECT_EQ(bindNumbers("25 procent av kommunerna"), "25" + nbsp + "procent av kommunerna");
}

TEST(Typography, OtherSpacesStay)
{
    EXPECT_EQ(bindNumbers("mellan 2017 och 2018"), "mellan 2017 och 2018");
    EXPECT_EQ(bindNumbers("Utfall 2019 2020"), "Utfall 2019 2020"); // years side by side are not one number
    EXPECT_EQ(bindNumbers("T1 123 placeringar"), "T1 123 placeringar");
    EXPECT_EQ(bindNumbers("miljoner kronor i budget"), "miljoner kronor i budget"); // no number before
    EXPECT_EQ(bindNumbers(""), "");
    const std::string once = bindNumbers("-3,8 miljoner kronor och 12 345 dygn");
    EXPECT_EQ(bindNumbers(once), once); // idempotent
}

} // namespace
} // namespace Tertial::Reports::Test
