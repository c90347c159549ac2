// SPDX-License-Identifier: GPL-3.0-or-later
// Ranks with ties, quartiles and group means over the demo files (seed 000 §4 tables).
#include "tempdir.h"

#include "analysis/koladacomparison.h"
#include "kolada/koladafiles.h"

#include <gtest/gtest.h>

namespace Tertial {
namespace {

using Core::Direction;
using TestUtil::TempDir;

class KoladaComparison : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = m_dir.koladaStore();
        ASSERT_TRUE(m_store);
        std::vector<std::string> files;
        for (const char *name : {"kpi", "municipality", "municipality_groups", "N33006", "U33401", "U33402", "N28018",
                                 "N28013", "N28008"})
            files.push_back(std::string(TERTIAL_DATA_DIR) + "/kolada/" + name + ".json");
        auto read = Kolada::readKoladaFiles(files, "2026-11-22");
        ASSERT_TRUE(read.has_value()) << read.error().message;
        ASSERT_TRUE(m_store->apply(read->batch).has_value());
    }

    std::string csv(const std::string &kpi, int year, Direction direction)
    {
        auto ranking = Kolada::rankKommuner(*m_store, kpi, year, direction);
        EXPECT_TRUE(ranking.has_value());
        return ranking ? Kolada::rankingCsv(*ranking) : std::string();
    }

    TempDir m_dir;
    std::unique_ptr<Storage::KoladaStore> m_store;
};

TEST_F(KoladaComparison, CostRanksLowestFirstAndLeavesOutRiketAndGroups)
{
    // seed 000 §4 "Kostnad barn och ungdomsvård, kr/inv 0-20 år", column 2019: Täby 4 554,
    // Danderyd 4 817, Nacka 5 277, Solna 6 149, Sollentuna 6 473, Tyresö 9 398. Riket (9 172) and
    // the group rows are in the file but are not kommuner. Quartile 1 + floor(4 (rank − 1) / 6).
    EXPECT_EQ(csv("N33006", 2019, Direction::LowerIsBetter),
              "kommun;namn;varde;rank;antal;kvartil\n"
              "0160;Täby;4554;1;6;1\n"
              "0162;Danderyd;4817;2;6;1\n"
              "0182;Nacka;5277;3;6;2\n"
              "0184;Solna;6149;4;6;3\n"
              "0163;Sollentuna;6473;5;6;3\n"
              "0138;Tyresö;9398;6;6;4\n");
}

TEST_F(KoladaComparison, TiesShareTheBestRankAndTheNextRankSkips)
{
    // seed 000 §4 "Utredningstid barn och ungdom 0-20 år", column 2020: Nacka 93, Tyresö 96,
    // Danderyd 100, Solna 100, Täby 101, Sollentuna 107 -> ranks 1, 2, 3, 3, 5, 6.
    EXPECT_EQ(csv("U33401", 2020, Direction::LowerIsBetter),
              "kommun;namn;varde;rank;antal;kvartil\n"
              "0182;Nacka;93;1;6;1\n"
              "0138;Tyresö;96;2;6;1\n"
              "0162;Danderyd;100;3;6;2\n"
              "0184;Solna;100;3;6;2\n"
              "0160;Täby;101;5;6;3\n"
              "0163;Sollentuna;107;6;6;4\n");
}

TEST_F(KoladaComparison, DecimalCommaAndNegativeValuesAndTheOtherDirection)
{
    // seed 000 §4 "Nettokostnadsavvikelse LSS", column 2019: Nacka 0,7, Danderyd 6,3,
    // Sollentuna 2,0, Solna 2,2, Tyresö -4,2, Täby 2,6.
    EXPECT_EQ(csv("N28018", 2019, Direction::LowerIsBetter),
              "kommun;namn;varde;rank;antal;kvartil\n"
              "0138;Tyresö;-4,2;1;6;1\n"
              "0182;Nacka;0,7;2;6;1\n"
              "0163;Sollentuna;2;3;6;2\n"
              "0184;Solna;2,2;4;6;3\n"
              "0160;Täby;2,6;5;6;3\n"
              "0162;Danderyd;6,3;6;6;4\n");
    // The same figures with higher as better reverse the order.
    EXPECT_EQ(csv("N28018", 2019, Direction::HigherIsBetter),
              "kommun;namn;varde;rank;antal;kvartil\n"
              "0162;Danderyd;6,3;1;6;1\n"
              "0160;Täby;2,6;2;6;1\n"
              "0184;Solna;2,2;3;6;2\n"
              "0163;Sollentuna;2;4;6;3\n"
              "0182;Nacka;0,7;5;6;3\n"
              "0138;Tyresö;-4,2;6;6;4\n");
}

TEST_F(KoladaComparison, SixImportedKommunerAreNotTheCountry)
{
    // Issue 15: the demo files hold seed 000 §4's six kommuner of the 290 in municipality.json;
    // their rank is a rank among six, never a national one.
    auto ranking = Kolada::rankKommuner(*m_store, "N33006", 2019, Direction::LowerIsBetter);
    ASSERT_TRUE(ranking.has_value());
    EXPECT_EQ(ranking->count, 6);
    EXPECT_EQ(ranking->recorded, 6);
    EXPECT_EQ(ranking->countryKommuner, 290);
    EXPECT_FALSE(ranking->national);
}

TEST_F(KoladaComparison, EveryKommunOfTheCountryMakesANationalRank)
{
    // A fetch without a kommun filter: every kommun of municipality.json gets a record; 3 have no
    // value (Kolada publishes some small kommuner without one), so the rank is among 287.
    auto municipalities = m_store->municipalities();
    ASSERT_TRUE(municipalities.has_value());
    Storage::KoladaBatch batch;
    int index = 0;
    for (const auto &m : *municipalities) {
        if (m.type != "K")
            continue;
        Storage::KoladaValue value{"N33006", m.id, 2021, Storage::KoladaGender::Total, std::nullopt, {}, {}, false};
        if (index >= 3)
            value.value = 1000.0 + index; // distinct, rising with the list's order
        batch.values.push_back(value);
        ++index;
    }
    ASSERT_EQ(index, 290);
    ASSERT_TRUE(m_store->apply(batch).has_value());
    auto ranking = Kolada::rankKommuner(*m_store, "N33006", 2021, Direction::LowerIsBetter);
    ASSERT_TRUE(ranking.has_value());
    EXPECT_EQ(ranking->count, 287);
    EXPECT_EQ(ranking->recorded, 290);
    EXPECT_TRUE(ranking->national);
    EXPECT_EQ(ranking->rows.front().rank, 1);
    EXPECT_EQ(ranking->rows.back().rank, 287);
    EXPECT_EQ(ranking->rows.back().quartile, 4);

    // The rule: nine in ten of the country's kommuner.
    EXPECT_TRUE(Kolada::coversCountry(261, 290));
    EXPECT_FALSE(Kolada::coversCountry(260, 290));
    EXPECT_FALSE(Kolada::coversCountry(6, 0));
}

TEST_F(KoladaComparison, PublishedGroupOfExactlyTheseKommuner)
{
    // municipality_groups.json: GX01KOMMUNER holds the 26 kommuner of län 01, GXALLAKOMMUNER all 290.
    auto groups = m_store->groups();
    auto municipalities = m_store->municipalities();
    ASSERT_TRUE(groups && municipalities);
    std::vector<std::string> lan01, all;
    for (const auto &m : *municipalities)
        if (m.type == "K") {
            all.push_back(m.id);
            if (m.id.starts_with("01"))
                lan01.push_back(m.id);
        }
    ASSERT_EQ(lan01.size(), 26u);
    const auto *stockholm = Kolada::groupWithMembers(*groups, lan01);
    ASSERT_NE(stockholm, nullptr);
    EXPECT_EQ(stockholm->id, "GX01KOMMUNER");
    const auto *country = Kolada::groupWithMembers(*groups, all);
    ASSERT_NE(country, nullptr);
    EXPECT_EQ(country->id, "GXALLAKOMMUNER");
    lan01.pop_back();
    EXPECT_EQ(Kolada::groupWithMembers(*groups, lan01), nullptr);
    EXPECT_EQ(Kolada::groupWithMembers(*groups, {}), nullptr);
}

TEST_F(KoladaComparison, NoValuesGivesOnlyTheHeader)
{
    EXPECT_EQ(csv("N33006", 2030, Direction::LowerIsBetter), "kommun;namn;varde;rank;antal;kvartil\n");
}

TEST_F(KoladaComparison, GroupMeanCountsOnlyMembersWithAValue)
{
    // Stockholms läns kommuner has 26 members; the demo data holds values for six of them
    // (seed 000 §4 N33006 2019: 5 277 + 4 817 + 6 473 + 6 149 + 9 398 + 4 554 = 36 668; / 6 =
    // 6 111,33). Kolada's own published mean over all 26 is 7 131 (same table).
    auto group = Kolada::compareGroup(*m_store, "GX01KOMMUNER", "N33006", 2019);
    ASSERT_TRUE(group.has_value()) << group.error().message;
    EXPECT_EQ(group->members, 26);
    EXPECT_EQ(group->mean.contributors, 6);
    ASSERT_TRUE(group->mean.mean.has_value());
    EXPECT_NEAR(*group->mean.mean, 36668.0 / 6.0, 1e-9);
    EXPECT_EQ(group->published, 7131.0);
    EXPECT_EQ(Kolada::groupCsv(*group), "grupp;varde;antal\nGX01KOMMUNER;6111,3;6\n");
}

TEST_F(KoladaComparison, GroupByTitle)
{
    // "Liknande kommuner LSS, Nacka, 2019" (seed 000 §4 text): of its seven members the demo data
    // has Sollentuna 1 188 448 and Täby 1 051 740 for N28013 2019 -> (sum) / 2 = 1 120 094.
    // The published group figure ("Liknande LSS-kommuner" 2019) is 1 097 618.
    auto group = Kolada::compareGroup(*m_store, "Liknande kommuner LSS, Nacka, 2019", "N28013", 2019);
    ASSERT_TRUE(group.has_value()) << group.error().message;
    EXPECT_EQ(group->id, "GX0182LSS2019");
    EXPECT_EQ(group->mean.contributors, 2);
    EXPECT_EQ(group->mean.mean, 1120094.0);
    EXPECT_EQ(group->published, 1097618.0);
    EXPECT_EQ(Kolada::groupCsv(*group), "grupp;varde;antal\nGX0182LSS2019;1120094,0;2\n");

    auto none = Kolada::compareGroup(*m_store, "GX0182LSS2019", "N28013", 2030);
    ASSERT_TRUE(none.has_value());
    EXPECT_EQ(Kolada::groupCsv(*none), "grupp;varde;antal\nGX0182LSS2019;;0\n");

    auto unknown = Kolada::compareGroup(*m_store, "Ingen sådan grupp", "N28013", 2019);
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().code, Core::ErrorCode::NotFound);
}

struct FormatCase
{
    double value;
    const char *text;
};

class KoladaValueFormat : public ::testing::TestWithParam<FormatCase>
{
};

TEST_P(KoladaValueFormat, PublishedDigitsWithDecimalComma)
{
    EXPECT_EQ(Kolada::formatKoladaValue(GetParam().value), GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(Cases, KoladaValueFormat,
                         ::testing::Values(FormatCase{5277.0, "5277"},        // seed 000 §4 N33006
                                           FormatCase{1171584.0, "1171584"},  // seed 000 §4 N28013
                                           FormatCase{-4.2, "-4,2"},          // seed 000 §4 N28018
                                           FormatCase{0.7, "0,7"}, FormatCase{1000000.0, "1000000"},
                                           FormatCase{-0.0, "0"}));

} // namespace
} // namespace Tertial
