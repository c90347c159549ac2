// SPDX-License-Identifier: GPL-3.0-or-later
// Swedish lists and names inside sentences (seed 002 §2: "barn och unga samt myndighet och huvudmannaskap").
#include "core/swedishlist.h"

#include <gtest/gtest.h>

namespace Tertial::Core::Test {
namespace {

struct ListCase
{
    std::vector<std::string> items;
    std::string expected;
};

class SwedishList : public testing::TestWithParam<ListCase>
{};

TEST_P(SwedishList, JoinsWithSamtAndNoSerialComma)
{
    EXPECT_EQ(joinSwedishList(GetParam().items), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Lists, SwedishList,
                         testing::Values(ListCase{{}, ""}, ListCase{{"vuxna"}, "vuxna"},
                                         // seed 002 §2 "Periodens utfall"
                                         ListCase{{"barn och unga", "myndighet och huvudmannaskap"},
                                                  "barn och unga samt myndighet och huvudmannaskap"},
                                         ListCase{{"a", "b", "c"}, "a, b samt c"},
                                         ListCase{{"a", "b", "c", "d"}, "a, b, c samt d"}));

TEST(SwedishList, OtherConjunction)
{
    EXPECT_EQ(joinSwedishList({"Dygnsvård", "Öppenvård"}, "och"), "Dygnsvård och Öppenvård");
}

struct NameCase
{
    std::string name;
    std::string expected;
};

class InSentence : public testing::TestWithParam<NameCase>
{};

TEST_P(InSentence, LowersTheFirstLetterOfAWord)
{
    EXPECT_EQ(inSentence(GetParam().name), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Names, InSentence,
                         testing::Values(NameCase{"Barn och unga", "barn och unga"},
                                         NameCase{"Myndighet och huvudmannaskap", "myndighet och huvudmannaskap"},
                                         NameCase{"Öppenvård inkl föreningsbidrag", "öppenvård inkl föreningsbidrag"},
                                         NameCase{"Ärenden", "ärenden"},
                                         NameCase{"Åtgärder", "åtgärder"},
                                         NameCase{"LSS-boende", "LSS-boende"}, // an abbreviation stays
                                         NameCase{"IFO", "IFO"},
                                         NameCase{"vuxna", "vuxna"},
                                         NameCase{"", ""},
                                         NameCase{"Socialnämnden", "socialnämnden"}));

TEST(Capitalized, UpperCasesTheFirstLetter)
{
    EXPECT_EQ(capitalized("barn och unga"), "Barn och unga");
    EXPECT_EQ(capitalized("öppenvård"), "Öppenvård");
    EXPECT_EQ(capitalized("ärenden"), "Ärenden");
    EXPECT_EQ(capitalized("IFO"), "IFO");
    EXPECT_EQ(capitalized(""), "");
}

} // namespace
} // namespace Tertial::Core::Test
