// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 001 §3.1 "Ekonomisk tabell" (Nacka, Socialnämnden, tertialrapport februari 2020, tkr):
// every row and the Summa, from the entered helår budgets, actuals and forecasts.
#include "core/economictable.h"
#include "publishedrow.h"

#include <gtest/gtest.h>

namespace Tertial::Core::Test {
namespace {

struct Seed001Input
{
    const char *name;
    std::int64_t income, cost, budgetIncome, budgetCost, budgetYear, forecast;
};

// Entered as printed: utfall intäkter/kostnader and the ack budget split (jan–feb), budget helår
// and prognos helår ("+/- noll", prognos = budget).
constexpr Seed001Input inputs[] = {
    {"Barn och unga", 1'157, -28'720, 915, -25'447, -147'191, -147'191},
    {"Vuxna 21-64 år", 2'901, -12'646, 3'090, -12'867, -58'667, -58'667},
    {"Personer med funktionsnedsättning", 5'068, -88'295, 5'378, -87'106, -490'366, -490'366},
    {"Gemensam socialtjänst", 0, -381, 0, -843, -5'056, -5'056},
    {"Myndighet och huvudmannaskap", 0, -20'997, 0, -21'338, -128'028, -128'028},
    {"Nämnd och nämndstöd", 0, -361, 0, -375, -2'248, -2'248},
};

const EconomicTable &seed001Table()
{
    static const EconomicTable table = [] {
        std::vector<VerksamhetNode> nodes;
        std::map<NodeId, EnteredFigures> figures;
        NodeId id = 1;
        for (const Seed001Input &input : inputs) {
            nodes.push_back({id, std::nullopt, input.name, static_cast<int>(id), false, std::nullopt});
            EnteredFigures entered;
            entered.actualIncome = tkr(input.income);
            entered.actualCost = tkr(input.cost);
            entered.budgetPeriodIncome = tkr(input.budgetIncome);
            entered.budgetPeriodCost = tkr(input.budgetCost);
            entered.budgetYear = tkr(input.budgetYear);
            entered.forecast = tkr(input.forecast);
            figures.emplace(id, entered);
            ++id;
        }
        // Periodens budget netto is not entered: the default linear profile gives × 2/12.
        return buildEconomicTable(VerksamhetTree::build(nodes).value(), figures, 2020, 2, {}).value();
    }();
    return table;
}

class Seed001EconomicTable : public testing::TestWithParam<PublishedRow>
{};

TEST_P(Seed001EconomicTable, ReproducesPublishedRow)
{
    const EconomicRow *row = findRow(seed001Table(), GetParam().name);
    ASSERT_NE(row, nullptr);
    expectMatches(row->values, GetParam());
}

// seed 001 §3.1 Ekonomisk tabell, columns: utfall intäkter, kostnader, netto; budget intäkter,
// kostnader, netto (ack feb); budgetavvikelse; budget helår, prognos, prognosavvikelse.
PublishedRow row(const char *name, std::int64_t income, std::int64_t cost, std::int64_t net,
                 std::int64_t budgetIncome, std::int64_t budgetCost, std::int64_t budgetPeriod,
                 std::int64_t deviation, std::int64_t budgetYear, std::int64_t forecast,
                 std::int64_t forecastDeviation, unsigned offByOne = 0)
{
    PublishedRow published;
    published.name = name;
    published.income = income;
    published.cost = cost;
    published.net = net;
    published.budgetPeriodIncome = budgetIncome;
    published.budgetPeriodCost = budgetCost;
    published.budgetPeriod = budgetPeriod;
    published.deviation = deviation;
    published.budgetYear = budgetYear;
    published.forecast = forecast;
    published.forecastDeviation = forecastDeviation;
    published.offByOne = offByOne;
    return published;
}

INSTANTIATE_TEST_SUITE_P(
    Seed001, Seed001EconomicTable,
    testing::Values(
        // -147 191 × 2/12 = -24 531,8 → -24 532; avvikelse -27 563 + 24 531,8 = -3 031,2.
        row("Barn och unga", 1'157, -28'720, -27'563, 915, -25'447, -24'532, -3'031, -147'191, -147'191, 0),
        row("Vuxna 21-64 år", 2'901, -12'646, -9'745, 3'090, -12'867, -9'778, 33, -58'667, -58'667, 0),
        // The report's utfall was exact kronor; from the printed tkr the avvikelse is
        // -83 227 + 81 727,7 = -1 499,3 → -1 499 where the report prints -1 500 (source rounded
        // its inputs to tkr): ±1 allowed.
        row("Personer med funktionsnedsättning", 5'068, -88'295, -83'227, 5'378, -87'106, -81'728, -1'500,
            -490'366, -490'366, 0, Deviation),
        row("Gemensam socialtjänst", 0, -381, -381, 0, -843, -843, 462, -5'056, -5'056, 0),
        row("Myndighet och huvudmannaskap", 0, -20'997, -20'997, 0, -21'338, -21'338, 341, -128'028, -128'028, 0),
        // -361 + 374,7 = 13,7 → 14 from the printed tkr; the report prints 13 (rounded inputs): ±1.
        row("Nämnd och nämndstöd", 0, -361, -361, 0, -375, -375, 13, -2'248, -2'248, 0, Deviation),
        // Summa: the exact sum -142 274 + 138 592,7 = -3 681,3 → -3 681; the report prints -3 682,
        // which is also the sum of its rounded rows. The builder sums exact values (domain.md
        // §4.6), so the published total is matched within the one-digit tolerance, and the exact
        // value is asserted in SummaDeviationIsTheExactSum below.
        row("Summa", 9'126, -151'400, -142'274, 9'383, -147'976, -138'593, -3'682, -831'556, -831'556, 0,
            Deviation)),
    rowTestName);

TEST(Seed001EconomicTable, SummaDeviationIsTheExactSum)
{
    // seed 001 §3.1 Summa: -142 274 tkr − (-831 556 tkr × 2/12) = -3 681 333,33 kr, rounded to
    // öre; never the sum of rounded rows.
    const EconomicTable &table = seed001Table();
    ASSERT_TRUE(table.total.values.budgetDeviation);
    EXPECT_EQ(*table.total.values.budgetDeviation, tkr(-142'274) - tkr(-831'556).scaled(2, 12));
    EXPECT_EQ(table.total.values.budgetDeviation->roundedTo(100'000), tkr(-3'681));
    EXPECT_EQ(table.rows.size(), 6u);
    EXPECT_DOUBLE_EQ(table.benchmark, 2.0 / 12.0);
}


TEST(Seed001EconomicTable, HelarsBudgetSplitPeriodisedGivesThePrintedSplit)
{
    // The demo stores the split as helår figures (budget_intakter, budget_kostnader; data/README.md
    // "Budget split"): periodised × 2/12 by the same linear profile, they give seed 001 §3.1's
    // "Budget intäkter" and "Budget kostnader" for januari–februari 2020, and the netto budget is
    // their sum.
    struct Split
    {
        std::int64_t yearIncome, yearCost, printedIncome, printedCost, printedNet;
    };
    const Split splits[] = {
        {5'490, -152'681, 915, -25'447, -24'532},   // Barn och unga
        {18'537, -77'204, 3'090, -12'867, -9'778},  // Vuxna 21-64 år
        {32'268, -522'634, 5'378, -87'106, -81'728}, // Personer med funktionsnedsättning
        {0, -5'056, 0, -843, -843},                 // Gemensam socialtjänst
    };
    std::vector<VerksamhetNode> nodes;
    std::map<NodeId, EnteredFigures> figures;
    NodeId id = 1;
    for (const Split &split : splits) {
        nodes.push_back({id, std::nullopt, "v" + std::to_string(id), static_cast<int>(id), false, std::nullopt});
        EnteredFigures entered;
        entered.budgetYearIncome = tkr(split.yearIncome);
        entered.budgetYearCost = tkr(split.yearCost);
        figures.emplace(id++, entered);
    }
    const EconomicTable table = buildEconomicTable(VerksamhetTree::build(nodes).value(), figures, 2020, 2, {}).value();
    ASSERT_EQ(table.rows.size(), std::size(splits));
    for (std::size_t i = 0; i < std::size(splits); ++i) {
        const EconomicValues &v = table.rows[i].values;
        ASSERT_TRUE(v.budgetPeriodIncome && v.budgetPeriodCost && v.budgetPeriod && v.budgetYear);
        EXPECT_EQ(v.budgetPeriodIncome->roundedTo(100'000), tkr(splits[i].printedIncome)) << i;
        EXPECT_EQ(v.budgetPeriodCost->roundedTo(100'000), tkr(splits[i].printedCost)) << i;
        EXPECT_EQ(v.budgetPeriod->roundedTo(100'000), tkr(splits[i].printedNet)) << i;
        EXPECT_EQ(*v.budgetYear, tkr(splits[i].yearIncome + splits[i].yearCost)) << i;
        EXPECT_EQ(v.budgetYearIncome, tkr(splits[i].yearIncome)) << i;
    }
    // The total carries the split summed exactly: 56 295 × 2/12 = 9 382,5 → 9 383 as printed.
    ASSERT_TRUE(table.total.values.budgetPeriodIncome);
    EXPECT_EQ(table.total.values.budgetPeriodIncome->roundedTo(100'000), tkr(9'383));
}

} // namespace
} // namespace Tertial::Core::Test
