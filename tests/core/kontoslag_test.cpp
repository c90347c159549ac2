// SPDX-License-Identifier: GPL-3.0-or-later
// Kontoslag codes (docs/formats.md) and kontoslag as a second dimension of the verksamhet tree.
#include "core/economictable.h"
#include "core/kontoslag.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace Tertial::Core {
namespace {

TEST(Kontoslag, CodesReadBack)
{
    for (const Kontoslag kontoslag : allKontoslag)
        EXPECT_EQ(parseKontoslag(kontoslagCode(kontoslag)).value(), kontoslag);
    EXPECT_EQ(parseKontoslag("kop_av_verksamhet").value(), Kontoslag::PurchasedServices);
    EXPECT_TRUE(isIncome(Kontoslag::Fees));
    EXPECT_TRUE(isIncome(Kontoslag::OtherIncome));
    EXPECT_FALSE(isIncome(Kontoslag::Personnel));
    EXPECT_FALSE(isIncome(Kontoslag::GrantsCost));
    const auto bad = parseKontoslag("hyra");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("väntade"), std::string::npos);
}

VerksamhetTree tree()
{
    return VerksamhetTree::build({
                                     {1, std::nullopt, "Barn och unga", 1, false, std::nullopt},
                                     {2, 1, "Dygnsvård", 1, false, std::nullopt},
                                     {3, 1, "Öppenvård", 2, false, std::nullopt},
                                     {4, 1, "varav covid-19", 3, true, std::nullopt},
                                     {5, std::nullopt, "Vuxna", 2, false, std::nullopt},
                                 })
        .value();
}

std::map<std::pair<NodeId, Kontoslag>, EnteredFigures> figures()
{
    std::map<std::pair<NodeId, Kontoslag>, EnteredFigures> result;
    auto &care = result[{2, Kontoslag::Personnel}];
    care.actualCost = Money::fromKronor(-100);
    care.budgetYear = Money::fromKronor(-1'200);
    auto &open = result[{3, Kontoslag::Personnel}];
    open.actualCost = Money::fromKronor(-50);
    open.budgetYear = Money::fromKronor(-2'400);
    open.budgetPeriod = Money::fromKronor(-1'000); // entered: overrides the profile
    auto &fees = result[{3, Kontoslag::Fees}];
    fees.actualIncome = Money::fromKronor(30);
    fees.budgetYear = Money::fromKronor(120);
    auto &memo = result[{4, Kontoslag::Personnel}];
    memo.actualCost = Money::fromKronor(-999); // a memo row: never in the sums above it
    auto &adults = result[{5, Kontoslag::PurchasedServices}];
    adults.actualCost = Money::fromKronor(-70);
    adults.budgetYear = Money::fromKronor(-600);
    return result;
}

const EconomicRow &row(const EconomicTable &table, NodeId id)
{
    for (const EconomicRow &r : table.rows) {
        if (r.id == id)
            return r;
    }
    throw std::runtime_error("no row");
}

TEST(KontoslagTable, SumsLeavesOfTheWholeNamnd)
{
    // As of june, linear: Dygnsvård -1 200 × 6/12 = -600, Öppenvård entered -1 000, avgifter
    // 120 × 6/12 = 60, köp -600 × 6/12 = -300.
    const auto table = buildKontoslagTable(tree(), figures(), std::nullopt, 2020, 6, {});
    ASSERT_TRUE(table) << table.error().message;
    const EconomicRow &personnel = row(*table, kontoslagRowId(Kontoslag::Personnel));
    EXPECT_EQ(personnel.values.actualNet, Money::fromKronor(-150));
    EXPECT_EQ(personnel.values.budgetPeriod, Money::fromKronor(-1'600));
    EXPECT_EQ(personnel.values.budgetYear, Money::fromKronor(-3'600));
    const EconomicRow &income = row(*table, kontoslagIncomeGroupId);
    EXPECT_EQ(income.values.actualNet, Money::fromKronor(30));
    EXPECT_EQ(income.values.budgetPeriod, Money::fromKronor(60));
    const EconomicRow &costs = row(*table, kontoslagCostGroupId);
    EXPECT_EQ(costs.values.actualNet, Money::fromKronor(-220));
    EXPECT_EQ(costs.values.budgetPeriod, Money::fromKronor(-1'900));
    EXPECT_EQ(table->total.values.actualNet, Money::fromKronor(-190));
    EXPECT_EQ(table->total.values.budgetPeriod, Money::fromKronor(-1'840));
    EXPECT_EQ(table->total.values.budgetDeviation, Money::fromKronor(1'650));
    EXPECT_EQ(table->rows.size(), 5u); // 2 groups + avgifter, personal, köp av verksamhet
}

TEST(KontoslagTable, SumsOneSubtree)
{
    const auto children = buildKontoslagTable(tree(), figures(), NodeId{1}, 2020, 6, {});
    ASSERT_TRUE(children);
    EXPECT_EQ(children->total.values.actualNet, Money::fromKronor(-120));
    EXPECT_EQ(children->total.values.budgetPeriod, Money::fromKronor(-1'540));
    EXPECT_EQ(children->rows.size(), 4u); // no köp av verksamhet under Barn och unga
    // The memo row's own table shows its own figures.
    const auto memo = buildKontoslagTable(tree(), figures(), NodeId{4}, 2020, 6, {});
    ASSERT_TRUE(memo);
    EXPECT_EQ(memo->total.values.actualNet, Money::fromKronor(-999));
}

TEST(KontoslagTable, InnerFigureWinsOverItsChildren)
{
    // docs/formats.md: an inner node's own figure is the published figure of that level and wins
    // over its children's sum (seed 000 §7, rollup_test.cpp); where it has none, the children's sum.
    auto withInner = figures();
    withInner[{1, Kontoslag::Premises}].actualCost = Money::fromKronor(-40);  // no child has lokaler
    withInner[{1, Kontoslag::Personnel}].actualCost = Money::fromKronor(-7); // children have −150: own wins
    const auto table = buildKontoslagTable(tree(), withInner, std::nullopt, 2020, 6, {});
    ASSERT_TRUE(table) << table.error().message;
    EXPECT_EQ(row(*table, kontoslagRowId(Kontoslag::Premises)).values.actualNet, Money::fromKronor(-40));
    EXPECT_EQ(row(*table, kontoslagRowId(Kontoslag::Personnel)).values.actualNet, Money::fromKronor(-7));
    // The personal budget comes from the children still: the node has no own budget.
    EXPECT_EQ(row(*table, kontoslagRowId(Kontoslag::Personnel)).values.budgetYear, Money::fromKronor(-3'600));
}

TEST(KontoslagTable, RejectsBadInput)
{
    EXPECT_EQ(buildKontoslagTable(tree(), figures(), NodeId{42}, 2020, 6, {}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(buildKontoslagTable(tree(), figures(), std::nullopt, 2020, 13, {}).error().code, ErrorCode::OutOfRange);
}

} // namespace
} // namespace Tertial::Core
