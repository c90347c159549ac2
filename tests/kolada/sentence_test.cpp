// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison sentences of seed 000 §4 from rank and quartile, and the KPI defaults.
#include "core/comparisonsentence.h"
#include "core/kpidefaults.h"

#include <gtest/gtest.h>

namespace Tertial {
namespace {

using Core::ComparisonStanding;
using Core::Direction;

TEST(ComparisonSentence, BestQuartileOfACostIsTheLowest)
{
    // seed 000 §4: "Nacka hör till de 25 procent av kommunerna med lägst kostnad per invånare
    // 0-20 år." The seed gives no rank; 40 of 290 is a rank in the best quartile
    // (1 + floor(4 × 39 / 290) = 1).
    const ComparisonStanding nacka{"Nacka", 40, 290, Direction::LowerIsBetter, "kostnad per invånare 0-20 år"};
    EXPECT_EQ(Core::quartileSentence(nacka),
              "Nacka hör till de 25 procent av kommunerna med lägst kostnad per invånare 0-20 år.");
}

TEST(ComparisonSentence, NotAmongTheBestTenPercent)
{
    // seed 000 §4: "Nacka är inte bland de tio procent bästa kommunerna när det gäller
    // genomsnittlig utredningstid för barn och unga 0-20 år." (rank 100 of 290 is illustrative)
    const ComparisonStanding nacka{"Nacka", 100, 290, Direction::LowerIsBetter,
                                   "genomsnittlig utredningstid för barn och unga 0-20 år"};
    EXPECT_EQ(Core::topTenSentence(nacka), "Nacka är inte bland de tio procent bästa kommunerna när det gäller "
                                           "genomsnittlig utredningstid för barn och unga 0-20 år.");
    const ComparisonStanding best{"Nacka", 1, 290, Direction::LowerIsBetter, "x"};
    EXPECT_EQ(Core::topTenSentence(best), "Nacka är bland de tio procent bästa kommunerna när det gäller x.");
}

TEST(ComparisonSentence, WorstQuartileMiddleAndHigherIsBetter)
{
    EXPECT_EQ(Core::quartileSentence({"Tyresö", 6, 6, Direction::LowerIsBetter, "kostnad"}),
              "Tyresö hör till de 25 procent av kommunerna med högst kostnad.");
    EXPECT_EQ(Core::quartileSentence({"Nacka", 3, 6, Direction::LowerIsBetter, "kostnad"}),
              "Nacka ligger bland de mittersta 50 procenten av kommunerna när det gäller kostnad.");
    EXPECT_EQ(Core::quartileSentence({"Nacka", 1, 6, Direction::HigherIsBetter, "brukarbedömning"}),
              "Nacka hör till de 25 procent av kommunerna med högst brukarbedömning.");
    EXPECT_EQ(Core::quartileSentence({"Nacka", 6, 6, Direction::HigherIsBetter, "brukarbedömning"}),
              "Nacka hör till de 25 procent av kommunerna med lägst brukarbedömning.");
    EXPECT_EQ(Core::quartileSentence({"Nacka", 7, 6, Direction::HigherIsBetter, "x"}), "");
    EXPECT_EQ(Core::topTenSentence({"Nacka", 0, 6, Direction::HigherIsBetter, "x"}), "");
}

TEST(ComparisonSentence, AFewKommunerAreNotTheCountry)
{
    // Issue 15: a rank among the 6 imported kommuner (seed 000 §4's table) is never presented as
    // a national one: the sentence names how many kommuner have data and makes no claim on the
    // country; the top-ten sentence is left out.
    ComparisonStanding nacka{"Nacka", 3, 6, Direction::LowerIsBetter, "kostnad per invånare 0-20 år"};
    nacka.national = false;
    EXPECT_EQ(Core::quartileSentence(nacka), "Bland de 6 kommuner som har data ligger Nacka i mitten när det gäller "
                                             "kostnad per invånare 0-20 år; jämförelsen gäller inte hela landet.");
    EXPECT_EQ(Core::topTenSentence(nacka), "");
    nacka.rank = 1;
    EXPECT_EQ(Core::quartileSentence(nacka), "Bland de 6 kommuner som har data hör Nacka till den fjärdedel med "
                                             "lägst kostnad per invånare 0-20 år; jämförelsen gäller inte hela landet.");
    nacka.direction = Direction::HigherIsBetter;
    EXPECT_EQ(Core::quartileSentence(nacka), "Bland de 6 kommuner som har data hör Nacka till den fjärdedel med "
                                             "högst kostnad per invånare 0-20 år; jämförelsen gäller inte hela landet.");
    nacka.rank = 6;
    EXPECT_EQ(Core::quartileSentence(nacka), "Bland de 6 kommuner som har data hör Nacka till den fjärdedel med "
                                             "lägst kostnad per invånare 0-20 år; jämförelsen gäller inte hela landet.");
}

TEST(ComparisonSentence, TopTenPercentBoundary)
{
    // 10 × (rank − 1) < count: of 290 kommuner ranks 1..29 are the best ten percent.
    EXPECT_TRUE(Core::isTopTenPercent(29, 290));
    EXPECT_FALSE(Core::isTopTenPercent(30, 290));
    EXPECT_TRUE(Core::isTopTenPercent(1, 6));
    EXPECT_FALSE(Core::isTopTenPercent(2, 6));
    EXPECT_FALSE(Core::isTopTenPercent(1, 0));
}

TEST(KpiDefaults, DirectionsOfTheKnownKpis)
{
    // domain.md §6 and issue 7 item 5: costs and utredningstid lower is better; §5 U35544
    // brukarbedömning higher is better.
    for (const char *id : {"N33006", "U33401", "U33402", "N28018", "N28013", "N28008", "N30001"}) {
        const auto defaults = Core::kpiDefaults(id);
        ASSERT_TRUE(defaults.has_value()) << id;
        EXPECT_EQ(defaults->direction, Direction::LowerIsBetter) << id;
    }
    ASSERT_TRUE(Core::kpiDefaults("U35544").has_value());
    EXPECT_EQ(Core::kpiDefaults("U35544")->direction, Direction::HigherIsBetter);
    EXPECT_FALSE(Core::kpiDefaults("N99999").has_value());
}

TEST(KpiDefaults, RelatedKeyFiguresOfAVerksamhet)
{
    // seed 000 §4 compares Barn och unga 0-20 år on N33006, U33401, U33402 and Personer med
    // funktionsnedsättning on N28018, N28013, N28008 (issue 7 item 5 ids).
    EXPECT_EQ(Core::relatedKpis("Barn och unga 0-20 år"), (std::vector<std::string>{"N33006", "U33401", "U33402"}));
    EXPECT_EQ(Core::relatedKpis("Barn och unga"), (std::vector<std::string>{"N33006", "U33401", "U33402"}));
    EXPECT_EQ(Core::relatedKpis("Personer med funktionsnedsättning"),
              (std::vector<std::string>{"N28018", "N28013", "N28008"}));
    EXPECT_TRUE(Core::relatedKpis("Vuxna 21-64 år").empty());
}

} // namespace
} // namespace Tertial
