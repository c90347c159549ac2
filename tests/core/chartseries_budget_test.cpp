// SPDX-License-Identifier: GPL-3.0-or-later
// The budget / utfall / prognos chart series against seed 002 §2.1 and seed 000 §7.
#include "core/budgetchartseries.h"
#include "publishedrow.h"
#include "seed002table.h"

#include <gtest/gtest.h>

namespace Tertial::Core::Test {
namespace {

TEST(BudgetChartSeries, Seed002GroupsInTableOrder)
{
    const auto series = budgetChartSeries(seed002Table(), std::nullopt, "Socialnämnden");
    ASSERT_TRUE(series);
    ASSERT_EQ(series->groups.size(), 7u);
    EXPECT_EQ(series->year, 2017);
    EXPECT_EQ(series->month, 10);
    EXPECT_EQ(series->title, "Socialnämnden");
    // seed 002 §2.1 Barn och unga: utfall -88 552, budget ack okt -86 486, avvikelse -2 066,
    // budget helår -103 783, prognos -107 623, prognosavvikelse -3 840.
    const BudgetChartGroup &children = series->groups[1];
    EXPECT_EQ(children.name, "Barn och unga");
    EXPECT_EQ(children.actual, tkr(-88'552));
    EXPECT_EQ(children.budgetPeriod->roundedTo(100'000), tkr(-86'486));
    EXPECT_EQ(children.budgetDeviation->roundedTo(100'000), tkr(-2'066));
    EXPECT_EQ(children.budgetYear, tkr(-103'783));
    EXPECT_EQ(children.forecast, tkr(-107'623));
    EXPECT_EQ(children.forecastDeviation, tkr(-3'840));
    // seed 002 §2.1 Myndighet och huvudmannaskap: entered periodens budget -93 593, avvikelse -2 863.
    EXPECT_EQ(series->groups[5].budgetPeriod, tkr(-93'593));
    EXPECT_EQ(series->groups[5].budgetDeviation, tkr(-2'863));
    // seed 002 §2.1 Preliminärbokförda fakturor: no helår budget, so no bar for it.
    EXPECT_FALSE(series->groups[0].budgetYear);
    // seed 002 §2.1 Summa: prognos -704 027, prognosavvikelse 13 785 ("överskott på 13,8 miljoner").
    EXPECT_EQ(series->total.forecast, tkr(-704'027));
    EXPECT_EQ(series->total.forecastDeviation, tkr(13'785));
}

TEST(BudgetChartSeries, ChildrenOfAVerksamhet)
{
    // seed 000 §7 Barn och unga 0-20 år: Dygnsvård -81 242 / budget -78 739, Öppenvård -66 333 /
    // -63 712; the parent is the sum -147 575 / -142 451.
    const VerksamhetTree tree = VerksamhetTree::build({{1, std::nullopt, "Barn och unga 0-20 år", 1, false, {}},
                                                       {2, 1, "Dygnsvård", 1, false, {}},
                                                       {3, 1, "Öppenvård inkl föreningsbidrag", 2, false, {}},
                                                       {4, std::nullopt, "Vuxna 21-64 år", 2, false, {}},
                                                       {5, 1, "Ny verksamhet utan siffror", 3, false, {}}})
                                    .value();
    std::map<NodeId, EnteredFigures> figures;
    figures[2].actualNet = tkr(-81'242);
    figures[2].budgetYear = tkr(-78'739);
    figures[3].actualNet = tkr(-66'333);
    figures[3].budgetYear = tkr(-63'712);
    figures[4].actualNet = tkr(-58'889);
    const EconomicTable table = buildEconomicTable(tree, figures, 2020, 12, {}).value();
    const auto series = budgetChartSeries(table, 1, "Barn och unga 0-20 år");
    ASSERT_TRUE(series);
    ASSERT_EQ(series->groups.size(), 2u); // the verksamhet without figures is left out
    EXPECT_EQ(series->groups[0].name, "Dygnsvård");
    // seed 000 §7: Dygnsvård avvikelse -2 503, Öppenvård -2 621.
    EXPECT_EQ(series->groups[0].budgetDeviation, tkr(-2'503));
    EXPECT_EQ(series->groups[1].budgetDeviation, tkr(-2'621));
    EXPECT_EQ(series->total.actual, tkr(-147'575));
    EXPECT_EQ(series->total.budgetDeviation, tkr(-5'124));

    EXPECT_EQ(budgetChartSeries(table, 99, "x").error().code, ErrorCode::NotFound);
    EXPECT_EQ(budgetChartSeries(table, 2, "x").error().code, ErrorCode::InvalidInput);
}

} // namespace
} // namespace Tertial::Core::Test
