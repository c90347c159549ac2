// SPDX-License-Identifier: GPL-3.0-or-later
// The roll-up rule (domain.md §4.6, docs/formats.md): a node's own figures win over its
// children's sum, group by group; kontoslag figures make up a verksamhet without own figures.
#include "core/budgetchartseries.h"
#include "core/economicmeasures.h"
#include "core/economictable.h"
#include "core/svformat.h"
#include "publishedrow.h"

#include <gtest/gtest.h>

#include <vector>

namespace Tertial::Core::Test {
namespace {

// Seed 000 §7 (Nacka, årsredovisning 2020, tkr) as the demo data stores it: Barn och unga 0-20 år
// with its own intäkter/kostnader (the top table "Socialnämndens utfall 2020 ...", and its Utfall
// 2019 split) and its leaves with utfall netto, budget, prognos T2 and utfall 2019 (the tables
// "Institutionsvård ... Dygnsvård barn och unga", "Biståndsbedömd öppenvård ... Summa öppenvård",
// "Dygnsvård ... Summa barn och unga"). The five other top-level rows carry their own split.
struct Leaf
{
    NodeId id;
    NodeId parent;
    const char *name;
    std::int64_t net, budget, forecast, previous;
};

const EconomicTable &seed000Table()
{
    static const Leaf leaves[] = {
        {11, 10, "Institutionsvård", -33'025, -32'716, -36'443, -33'970},
        {12, 10, "Jourhem", -15'165, -14'280, -18'470, -22'948},
        {13, 10, "Familjehem", -20'943, -21'734, -18'584, -16'553},
        {14, 10, "Övriga särskilda kostnader", -1'679, -2'446, -2'100, -1'415},
        {15, 10, "Stödboende", -10'431, -7'563, -9'855, -8'620},
        {21, 20, "Biståndsbedömd öppenvård", -40'143, -35'379, -39'866, -34'905},
        {22, 20, "Öppna insatser inkl föreningsbidrag", -26'190, -28'333, -27'041, -24'928},
        {30, 1, "Ensamkommande barn och unga", -2'888, -1'000, -2'373, -2'623},
        {40, 1, "Familjerådgivning o insatser familjerätt", -3'238, -3'740, -3'740, -3'920},
    };
    struct Top
    {
        NodeId id;
        const char *name;
        std::int64_t income, cost, budget, previousIncome, previousCost;
    };
    // Barn och unga has no own budget: its budget is the sum of its leaves' (−147 191 as printed).
    static const Top tops[] = {
        {1, "Barn och unga 0-20 år", 8'872, -162'573, 0, 10'021, -159'902},
        {2, "Vuxna 21-64 år", 17'365, -76'254, -58'667, 18'576, -73'159},
        {3, "Personer med funktionsnedsättning", 41'764, -544'697, -490'366, 45'138, -518'846},
        {4, "Gemensam socialtjänst", 11, -4'557, -5'056, 142, -6'446},
        {5, "Myndighet och huvudmannaskap", 0, -125'430, -128'028, 0, -120'873},
        {6, "Nämnd och nämndstöd", 0, -2'501, -2'248, 0, -2'347},
    };
    static const EconomicTable table = [] {
        std::vector<VerksamhetNode> nodes;
        std::map<NodeId, EnteredFigures> figures;
        for (const Top &top : tops) {
            nodes.push_back({top.id, std::nullopt, top.name, static_cast<int>(top.id), false, std::nullopt});
            if (top.id == 1) {
                nodes.push_back({10, 1, "Dygnsvård", 1, false, std::nullopt});
                nodes.push_back({20, 1, "Öppenvård inkl föreningsbidrag", 2, false, std::nullopt});
            }
            EnteredFigures &entered = figures[top.id];
            entered.actualIncome = tkr(top.income);
            entered.actualCost = tkr(top.cost);
            if (top.budget != 0)
                entered.budgetYear = tkr(top.budget);
            entered.previousYearActualNet = tkr(top.previousIncome + top.previousCost);
        }
        for (const Leaf &leaf : leaves) {
            nodes.push_back({leaf.id, leaf.parent, leaf.name, static_cast<int>(leaf.id), false, std::nullopt});
            EnteredFigures &entered = figures[leaf.id];
            entered.actualNet = tkr(leaf.net);
            entered.budgetYear = tkr(leaf.budget);
            entered.forecast = tkr(leaf.forecast);
            entered.previousYearActualNet = tkr(leaf.previous);
        }
        EconomicTableOptions options;
        options.percentBase = PercentBase::Actual; // Nacka's "i procent" is avvikelse / |utfall|
        return buildEconomicTable(VerksamhetTree::build(nodes).value(), figures, 2020, 12, options).value();
    }();
    return table;
}

TEST(RollUpSeed000, OwnSplitWinsOverTheChildrensNetto)
{
    // The disputed case. Barn och unga's leaves as printed add up to utfall −153 702 and Utfall
    // 2019 −149 882, but the report prints −153 701 and −149 881 for the node, in the top table
    // ("Barn och unga 0-20 år 8 872 −162 573 −153 701 ... −149 881") and in "Summa barn och unga"
    // alike: the published figure of a level wins, exactly, and matches its own split.
    const EconomicRow *row = findRow(seed000Table(), "Barn och unga 0-20 år");
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->values.actualIncome, tkr(8'872));
    EXPECT_EQ(row->values.actualCost, tkr(-162'573));
    EXPECT_EQ(row->values.actualNet, tkr(-153'701));
    EXPECT_EQ(*row->values.actualIncome + *row->values.actualCost, *row->values.actualNet);
    EXPECT_EQ(row->values.previousYearActualNet, tkr(-149'881));
    // Groups the node has no own figure in come from the children: budget −147 191 and prognos T2
    // −158 472 as printed ("Summa barn och unga ... −147 191 ... −158 472").
    EXPECT_EQ(row->values.budgetYear, tkr(-147'191));
    EXPECT_EQ(row->values.budgetPeriod, tkr(-147'191));
    EXPECT_EQ(row->values.forecast, tkr(-158'472));
}

class RollUpSeed000Rows : public testing::TestWithParam<PublishedRow>
{};

TEST_P(RollUpSeed000Rows, ReproducesPublishedRow)
{
    const EconomicRow *row = findRow(seed000Table(), GetParam().name);
    ASSERT_NE(row, nullptr);
    expectMatches(row->values, GetParam());
}

PublishedRow published(const char *name, std::int64_t net, std::int64_t budget, std::int64_t deviation,
                       std::optional<std::int64_t> forecast, std::optional<std::int64_t> previous,
                       std::optional<std::int64_t> change, unsigned offByOne = 0)
{
    PublishedRow row;
    row.name = name;
    row.net = net;
    row.budgetPeriod = budget;
    row.deviation = deviation;
    row.forecast = forecast;
    row.previousYear = previous;
    row.change = change;
    row.offByOne = offByOne;
    return row;
}

INSTANTIATE_TEST_SUITE_P(
    Seed000, RollUpSeed000Rows,
    testing::Values(
        // "Summa barn och unga −153 701 −147 191 −6 510 ... −158 472 −149 881 −3 820": exact.
        published("Barn och unga 0-20 år", -153'701, -147'191, -6'510, -158'472, -149'881, -3'820),
        // Dygnsvård has no own figure: its printed leaves add up to −81 243 (report −81 242, it summed
        // unrounded kronor), avvikelse −2 504 (−2 503), Utfall 2019 −83 506 as printed in
        // "Dygnsvård barn och unga", förändring 2 263 (2 264): rounded inputs, ±1.
        published("Dygnsvård", -81'242, -78'739, -2'503, -85'452, -83'506, 2'264, Net | Deviation | Change),
        published("Öppenvård inkl föreningsbidrag", -66'333, -63'712, -2'621, -66'907, -59'833, -6'500),
        // Top table "Socialnämndens utfall 2020 ...": Summa utfall −847 999, budget −831 556,
        // avvikelse −16 443. The six printed rows add up to −848 000 and −16 444: rounded inputs,
        // ±1. (Its Utfall 2019 −807 698 is two off the printed rows' −807 696, so it is not checked.)
        published("Summa", -847'999, -831'556, -16'443, std::nullopt, std::nullopt, std::nullopt, Net | Deviation)),
    rowTestName);

TEST(RollUpSeed000, SummaIsTheSumOfThePublishedTopLevelRows)
{
    // −153 701 − 58 889 − 502 933 − 4 546 − 125 430 − 2 501 = −848 000: the nämnd total adds the
    // rows as published (with Barn och unga's own −153 701), not Barn och unga's leaves (−848 001).
    const EconomicTable &table = seed000Table();
    EXPECT_EQ(table.total.values.actualNet, tkr(-848'000));
    EXPECT_EQ(table.total.values.actualIncome, tkr(68'012));
    EXPECT_EQ(table.total.values.actualCost, tkr(-916'012)); // printed −916 011: rounded inputs
}

// The rule on small figures, group by group.
VerksamhetTree smallTree()
{
    return VerksamhetTree::build({
                                     {1, std::nullopt, "Förälder", 1, false, std::nullopt},
                                     {2, 1, "Barn A", 1, false, std::nullopt},
                                     {3, 1, "Barn B", 2, false, std::nullopt},
                                     {4, 1, "varav", 3, true, std::nullopt},
                                 })
        .value();
}

Money kr(std::int64_t kronor)
{
    return Money::fromKronor(kronor);
}

// Issue 11: two costs of −60 000 000 000 000 000 kr (stored before input was bounded) made the
// Summa +64 467 440 737 096 tkr by 64-bit wrap-around. The sum is now an error value.
TEST(RollUpRule, OverflowingSumIsAnErrorValueNotAWrappedNumber)
{
    const auto tree = VerksamhetTree::build({{1, std::nullopt, "A", 1, false, std::nullopt},
                                             {2, std::nullopt, "B", 2, false, std::nullopt}})
                          .value();
    std::map<NodeId, EnteredFigures> figures;
    figures[1].actualCost = kr(-60'000'000'000'000'000);
    figures[2].actualCost = kr(-60'000'000'000'000'000);
    figures[1].actualIncome = kr(1);
    figures[2].actualIncome = kr(1);
    const auto table = buildEconomicTable(tree, figures, 2020, 6, {}).value();
    ASSERT_TRUE(table.total.values.actualCost.has_value());
    EXPECT_FALSE(table.total.values.actualCost->isValid());
    EXPECT_FALSE(table.total.values.actualNet->isValid());
    EXPECT_EQ(table.total.values.actualIncome, kr(2));
    EXPECT_EQ(formatAmount(*table.total.values.actualCost, AmountUnit::Thousands), "för stort");
    EXPECT_EQ(formatAmount(*table.total.values.actualNet, AmountUnit::Thousands), "för stort");
    // Each row on its own still shows its exact figure.
    EXPECT_EQ(formatAmount(*table.rows[0].values.actualCost, AmountUnit::Thousands), "-60 000 000 000 000");
}

TEST(RollUpRule, OwnNettoWinsOverChildrensNetto)
{
    std::map<NodeId, EnteredFigures> figures;
    figures[1].actualNet = kr(-301);
    figures[2].actualNet = kr(-100);
    figures[3].actualNet = kr(-200);
    const auto table = buildEconomicTable(smallTree(), figures, 2020, 6, {}).value();
    EXPECT_EQ(table.rows[0].values.actualNet, kr(-301));
    EXPECT_EQ(table.total.values.actualNet, kr(-301));
}

TEST(RollUpRule, ChildrenFillTheGroupsTheNodeHasNoFigureIn)
{
    std::map<NodeId, EnteredFigures> figures;
    figures[1].actualIncome = kr(10);
    figures[1].actualCost = kr(-310); // own utfall: netto −300
    figures[2].actualNet = kr(-100);
    figures[2].budgetYear = kr(-240);
    figures[2].forecast = kr(-250);
    figures[3].actualNet = kr(-201);
    figures[3].budgetYear = kr(-480);
    figures[4].actualNet = kr(-999); // memo: never in a sum
    figures[4].budgetYear = kr(-999);
    const auto table = buildEconomicTable(smallTree(), figures, 2020, 6, {}).value();
    const EconomicValues &parent = table.rows[0].values;
    EXPECT_EQ(parent.actualIncome, kr(10));
    EXPECT_EQ(parent.actualCost, kr(-310));
    EXPECT_EQ(parent.actualNet, kr(-300));
    EXPECT_EQ(parent.budgetYear, kr(-720));
    EXPECT_EQ(parent.budgetPeriod, kr(-360)); // the children's periodised budgets, 6/12 each
    EXPECT_EQ(parent.forecast, kr(-250));     // only one child has a prognos: absent ones are zero
    EXPECT_EQ(parent.budgetDeviation, kr(60));
}

// A sum over rows of which some have a budget but no utfall yet (the demo's T2 2020: utfall only
// for Barn och unga) shows the utfall it has, but no avvikelse: it would set part of the utfall
// against all of the budget. The same for prognos against budget helår.
TEST(RollUpRule, SumMissingAPartsUtfallOrPrognosDerivesNoDeviation)
{
    std::map<NodeId, EnteredFigures> figures;
    figures[2].actualNet = kr(-100);
    figures[2].budgetYear = kr(-240);
    figures[2].forecast = kr(-250);
    figures[3].budgetYear = kr(-480); // no utfall, no prognos
    const auto table = buildEconomicTable(smallTree(), figures, 2020, 6, {}).value();
    const EconomicValues &parent = table.rows[0].values;
    EXPECT_EQ(parent.actualNet, kr(-100));
    EXPECT_EQ(parent.budgetPeriod, kr(-360));
    EXPECT_TRUE(parent.actualIncomplete);
    EXPECT_FALSE(parent.budgetDeviation.has_value());
    EXPECT_FALSE(parent.deviationPercent.has_value());
    EXPECT_FALSE(parent.consumption.has_value());
    EXPECT_TRUE(parent.forecastIncomplete);
    EXPECT_FALSE(parent.forecastDeviation.has_value());
    EXPECT_FALSE(table.total.values.budgetDeviation.has_value());
    EXPECT_FALSE(table.total.values.forecastDeviation.has_value());
    // The complete child keeps its own avvikelse: −100 − (−120) = 20.
    EXPECT_EQ(table.rows[1].values.budgetDeviation, kr(20));
    // Nor does the budget chart draw the partial sum as the nämnd's prognos.
    const auto chart = budgetChartSeries(table, std::nullopt, "Nämnden").value();
    EXPECT_FALSE(chart.total.forecast.has_value());
    EXPECT_EQ(chart.total.actual, kr(-100));

    // Once the missing row has its utfall and prognos, the sums are whole again.
    figures[3].actualNet = kr(-250);
    figures[3].forecast = kr(-470);
    const auto whole = buildEconomicTable(smallTree(), figures, 2020, 6, {}).value();
    EXPECT_FALSE(whole.rows[0].values.actualIncomplete);
    EXPECT_EQ(whole.rows[0].values.budgetDeviation, kr(10));
    EXPECT_EQ(whole.total.values.forecastDeviation, kr(0));
}

// A node's own utfall is whole by definition, whatever its children lack.
TEST(RollUpRule, OwnUtfallIsNeverIncomplete)
{
    std::map<NodeId, EnteredFigures> figures;
    figures[1].actualNet = kr(-350);
    figures[2].budgetYear = kr(-240);
    figures[3].budgetYear = kr(-480);
    const auto table = buildEconomicTable(smallTree(), figures, 2020, 6, {}).value();
    EXPECT_FALSE(table.rows[0].values.actualIncomplete);
    EXPECT_EQ(table.rows[0].values.budgetDeviation, kr(10)); // −350 − (−360)
    EXPECT_EQ(table.total.values.budgetDeviation, kr(10));
}

TEST(RollUpRule, OwnBudgetHelarWinsAndIsPeriodisedByTheNode)
{
    std::map<NodeId, EnteredFigures> figures;
    figures[1].budgetYear = kr(-1'200);
    figures[2].budgetYear = kr(-500);
    figures[3].budgetYear = kr(-699);
    const auto table = buildEconomicTable(smallTree(), figures, 2020, 3, {}).value();
    EXPECT_EQ(table.rows[0].values.budgetYear, kr(-1'200));
    EXPECT_EQ(table.rows[0].values.budgetPeriod, kr(-300));
}

// Kontoslag figures of a verksamhet without own figures. Seed 003 ("Driftredovisning" and "Ekonomi,
// drift (per verksamhet)", Huddinge, per 31 augusti 2021, costs printed positive, entered
// canonically): the kontoslag totals equal the verksamhet totals — budget helår 422 848, prognos
// 419 473, periodens budget 281 609, föregående år 260 569 in both tables; utfall 277 830 vs
// 277 829, two roundings of one exact sum. So a verksamhet's kontoslag figures are its figures.
struct KontoslagLine
{
    Kontoslag kontoslag;
    std::int64_t budgetYear, forecast, budgetPeriod, actual, previous; // as printed, positive
};

constexpr KontoslagLine driftredovisning[] = {
    {Kontoslag::OtherIncome, 50'149, 51'927, 32'990, 35'519, 43'829},
    {Kontoslag::Personnel, 277'573, 265'650, 184'398, 176'119, 172'323},
    {Kontoslag::Premises, 21'106, 21'957, 14'070, 14'453, 14'551},
    {Kontoslag::GrantsCost, 2'391, 1'676, 1'597, 1'084, 1'497},
    {Kontoslag::PurchasedServices, 150'316, 158'295, 100'127, 106'141, 100'871},
    {Kontoslag::OtherCosts, 21'611, 23'822, 14'407, 15'554, 15'156},
};

NamndFigures kontoslagOnly(NodeId id)
{
    NamndFigures figures;
    for (const KontoslagLine &line : driftredovisning) {
        const std::int64_t sign = isIncome(line.kontoslag) ? 1 : -1;
        EnteredFigures &entered = figures.byKontoslag[{id, line.kontoslag}];
        entered.budgetYear = tkr(sign * line.budgetYear);
        entered.forecast = tkr(sign * line.forecast);
        entered.budgetPeriod = tkr(sign * line.budgetPeriod);
        if (sign > 0)
            entered.actualIncome = tkr(line.actual);
        else
            entered.actualCost = tkr(-line.actual);
        entered.previousYearActualNet = tkr(sign * line.previous);
    }
    return figures;
}

VerksamhetTree namndTree()
{
    return VerksamhetTree::build({{1, std::nullopt, "Socialnämnden", 1, false, std::nullopt}}).value();
}

TEST(KontoslagMakeUp, VerksamhetWithOnlyKontoslagFiguresShowsTheirSum)
{
    EconomicTableOptions options;
    options.totalName = "Summa nettokostnad";
    const auto table = buildEconomicTable(namndTree(), kontoslagOnly(1), 2021, 8, options);
    ASSERT_TRUE(table) << table.error().message;
    const EconomicValues &values = table->rows.at(0).values;
    // "Årets resultat" / "Summa nettokostnad", canonical signs.
    EXPECT_EQ(values.budgetYear, tkr(-422'848));
    EXPECT_EQ(values.forecast, tkr(-419'473));
    EXPECT_EQ(values.budgetPeriod, tkr(-281'609));
    EXPECT_EQ(values.previousYearActualNet, tkr(-260'569));
    EXPECT_EQ(values.forecastDeviation, tkr(3'375));
    // The printed kontoslag rows add up to intäkter 35 519 and kostnader 313 351 (the report prints
    // 313 349, summed from unrounded kronor; five roundings can move a sum by 2), so utfall
    // −277 832 where both tables print 277 830 / 277 829: the expected figures are the printed
    // rows' sums, as in economictable_seed003_test.cpp.
    EXPECT_EQ(values.actualIncome, tkr(35'519));
    EXPECT_EQ(values.actualCost, tkr(-313'351));
    EXPECT_EQ(values.actualNet, tkr(-277'832));
    // "Verksamhetens intäkter / kostnader", Budget perioden: 32 990 and 314 599.
    EXPECT_EQ(values.budgetPeriodIncome, tkr(32'990));
    EXPECT_EQ(values.budgetPeriodCost, tkr(-314'599));
    EXPECT_EQ(table->total.values.actualNet, tkr(-277'832));
}

TEST(KontoslagMakeUp, OwnFiguresWinAndAreNeverAddedToTheKontoslagOnes)
{
    // Seed 003 "Ekonomi, drift (per verksamhet)", Summa nettokostnad as the node's own figures;
    // the Driftredovisning as its kontoslag figures: a second view of the same money.
    NamndFigures figures = kontoslagOnly(1);
    EnteredFigures &own = figures.own[1];
    own.actualNet = tkr(-277'829);
    own.budgetYear = tkr(-422'848);
    const auto table = buildEconomicTable(namndTree(), figures, 2021, 8, {}).value();
    const EconomicValues &values = table.rows.at(0).values;
    EXPECT_EQ(values.actualNet, tkr(-277'829));
    EXPECT_FALSE(values.actualIncome); // the utfall group is the node's own: no split from kontoslag
    EXPECT_EQ(values.budgetYear, tkr(-422'848));
    // The node's own budget helår is periodised by its profile (linear here: 422 848 × 8/12),
    // not replaced by the kontoslag's periodens budget.
    EXPECT_EQ(values.budgetPeriod, PeriodizationProfile::linear().cumulativeBudget(tkr(-422'848), 2021, 8));
    EXPECT_NE(values.budgetPeriod, tkr(-281'609));
    // A group without an own figure comes from the kontoslag: prognos 419 473.
    EXPECT_EQ(values.forecast, tkr(-419'473));
}

TEST(KontoslagMakeUp, KontoslagOnlyLeavesRollUp)
{
    // Two leaves with only kontoslag figures under one node: the node is their sum.
    const VerksamhetTree tree = VerksamhetTree::build({
                                                          {1, std::nullopt, "Vård", 1, false, std::nullopt},
                                                          {2, 1, "Barn", 1, false, std::nullopt},
                                                          {3, 1, "Vuxna", 2, false, std::nullopt},
                                                      })
                                    .value();
    NamndFigures figures;
    figures.byKontoslag[{2, Kontoslag::Personnel}].actualCost = Money::fromKronor(-100);
    figures.byKontoslag[{2, Kontoslag::Fees}].actualIncome = Money::fromKronor(20);
    figures.byKontoslag[{3, Kontoslag::PurchasedServices}].actualNet = Money::fromKronor(-50);
    const auto table = buildEconomicTable(tree, figures, 2021, 8, {}).value();
    EXPECT_EQ(table.rows[1].values.actualNet, Money::fromKronor(-80));
    EXPECT_EQ(table.rows[2].values.actualCost, Money::fromKronor(-50)); // a cost kontoslag's netto is a cost
    EXPECT_EQ(table.rows[0].values.actualIncome, Money::fromKronor(20));
    EXPECT_EQ(table.rows[0].values.actualCost, Money::fromKronor(-150));
    EXPECT_EQ(table.rows[0].values.actualNet, Money::fromKronor(-130));
}

TEST(KontoslagMakeUp, UnknownVerksamhetIsAnError)
{
    const auto table = buildEconomicTable(namndTree(), kontoslagOnly(7), 2021, 8, {});
    ASSERT_FALSE(table);
    EXPECT_EQ(table.error().code, ErrorCode::NotFound);
}

} // namespace
} // namespace Tertial::Core::Test
