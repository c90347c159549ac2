// SPDX-License-Identifier: GPL-3.0-or-later
// The verksamhet tree and the roll-up rules of the economic table (domain.md §2, §4.6).
#include "core/economictable.h"
#include "core/verksamhettree.h"

#include <gtest/gtest.h>

namespace Tertial::Core {
namespace {

VerksamhetNode node(NodeId id, std::optional<NodeId> parent, const char *name, int order, bool memo = false)
{
    return {id, parent, name, order, memo, std::nullopt};
}

TEST(VerksamhetTree, DepthFirstBySiblingOrder)
{
    // Input deliberately out of order; `order` decides among siblings.
    const auto tree = VerksamhetTree::build({
        node(3, std::nullopt, "Vuxna", 2),
        node(11, 1, "Jourhem", 2),
        node(1, std::nullopt, "Barn och unga", 1),
        node(10, 1, "Institutionsvård", 1),
        node(30, 3, "Heldygnsvård", 1),
    });
    ASSERT_TRUE(tree) << tree.error().message;
    std::vector<std::string> names;
    for (const VerksamhetNode &n : tree->nodes())
        names.push_back(n.name);
    EXPECT_EQ(names, (std::vector<std::string>{"Barn och unga", "Institutionsvård", "Jourhem", "Vuxna", "Heldygnsvård"}));
    EXPECT_EQ(tree->depth(0), 1);
    EXPECT_EQ(tree->depth(2), 2);
    EXPECT_EQ(tree->parentIndex(2), 0u);
    EXPECT_FALSE(tree->isLeaf(0));
    EXPECT_TRUE(tree->isLeaf(1));
    EXPECT_EQ(tree->indexOf(30), 4u);
    EXPECT_FALSE(tree->indexOf(99));
}

TEST(VerksamhetTree, RejectsBrokenTrees)
{
    const auto duplicate = VerksamhetTree::build({node(1, std::nullopt, "A", 1), node(1, std::nullopt, "B", 2)});
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
    const auto orphan = VerksamhetTree::build({node(1, 7, "A", 1)});
    ASSERT_FALSE(orphan);
    EXPECT_EQ(orphan.error().code, ErrorCode::NotFound);
    EXPECT_NE(orphan.error().message.find("\"A\""), std::string::npos);
    const auto cycle = VerksamhetTree::build({node(1, std::nullopt, "Rot", 1), node(2, 3, "B", 1), node(3, 2, "C", 1)});
    ASSERT_FALSE(cycle);
    EXPECT_NE(cycle.error().message.find("cirkel"), std::string::npos);
}

TEST(VerksamhetTree, PeriodizationIsInherited)
{
    VerksamhetNode parent = node(1, std::nullopt, "Barn och unga", 1);
    parent.periodization = PeriodizationProfile::byDays();
    const auto tree = VerksamhetTree::build({parent, node(2, 1, "Jourhem", 1), node(3, std::nullopt, "Vuxna", 2)});
    ASSERT_TRUE(tree);
    const PeriodizationProfile fallback = PeriodizationProfile::linear();
    EXPECT_EQ(tree->effectivePeriodization(1, fallback).kind(), PeriodizationKind::Days);
    EXPECT_EQ(tree->effectivePeriodization(2, fallback).kind(), PeriodizationKind::Linear);
}

// A small nämnd: Barn och unga {Dygnsvård, Öppenvård}, a memo row, Vuxna.
VerksamhetTree smallTree()
{
    return VerksamhetTree::build({
                                     node(1, std::nullopt, "Barn och unga", 1),
                                     node(2, 1, "Dygnsvård", 1),
                                     node(3, 1, "Öppenvård", 2),
                                     node(4, 1, "varav covid-19", 3, true),
                                     node(5, std::nullopt, "Vuxna", 2),
                                 })
        .value();
}

TEST(EconomicTable, MemoRowsAreShownButNotSummed)
{
    std::map<NodeId, EnteredFigures> figures;
    figures[2].actualNet = Money::fromKronor(-100);
    figures[3].actualNet = Money::fromKronor(-50);
    figures[4].actualNet = Money::fromKronor(-30); // part of the above, shown for information
    figures[5].actualNet = Money::fromKronor(-7);
    const auto table = buildEconomicTable(smallTree(), figures, 2020, 6, {});
    ASSERT_TRUE(table) << table.error().message;
    EXPECT_EQ(table->rows[0].values.actualNet, Money::fromKronor(-150));
    EXPECT_TRUE(table->rows[3].memo);
    EXPECT_EQ(table->rows[3].values.actualNet, Money::fromKronor(-30));
    EXPECT_EQ(table->total.values.actualNet, Money::fromKronor(-157));
    EXPECT_EQ(table->total.name, "Summa");
}

TEST(EconomicTable, AMeasureAbsentOnAllChildrenStaysAbsent)
{
    std::map<NodeId, EnteredFigures> figures;
    figures[2].actualNet = Money::fromKronor(-100);
    figures[3].actualNet = Money::fromKronor(-50);
    figures[3].forecast = Money::fromKronor(-60); // only one child has a prognos
    const auto table = buildEconomicTable(smallTree(), figures, 2020, 6, {});
    ASSERT_TRUE(table);
    const EconomicValues &parent = table->rows[0].values;
    EXPECT_FALSE(parent.budgetYear);
    EXPECT_FALSE(parent.budgetPeriod);
    EXPECT_FALSE(parent.previousYearActualNet);
    EXPECT_FALSE(parent.change);
    EXPECT_EQ(parent.forecast, Money::fromKronor(-60));
    // No budget anywhere: the whole utfall is the avvikelse, but there is no percentage of it.
    EXPECT_EQ(parent.budgetDeviation, Money::fromKronor(-150));
    EXPECT_FALSE(parent.deviationPercent);
    EXPECT_FALSE(table->rows[4].values.actualNet); // Vuxna: nothing entered
    EXPECT_FALSE(table->rows[4].values.budgetDeviation);
}

TEST(EconomicTable, EnteredPeriodBudgetOverridesTheProfile)
{
    std::map<NodeId, EnteredFigures> figures;
    figures[2].budgetYear = Money::fromKronor(-1'200);
    figures[3].budgetYear = Money::fromKronor(-1'200);
    figures[3].budgetPeriod = Money::fromKronor(-700);
    const auto table = buildEconomicTable(smallTree(), figures, 2020, 6, {});
    ASSERT_TRUE(table);
    EXPECT_EQ(table->rows[1].values.budgetPeriod, Money::fromKronor(-600)); // × 6/12
    EXPECT_EQ(table->rows[2].values.budgetPeriod, Money::fromKronor(-700));
    EXPECT_EQ(table->rows[0].values.budgetPeriod, Money::fromKronor(-1'300));
    EXPECT_DOUBLE_EQ(table->benchmark, 0.5);
}

TEST(EconomicTable, UsesTheDefaultAndInheritedProfiles)
{
    std::map<NodeId, EnteredFigures> figures;
    figures[2].budgetYear = Money::fromKronor(-366'000);
    EconomicTableOptions options;
    options.defaultPeriodization = PeriodizationProfile::byDays();
    const auto table = buildEconomicTable(smallTree(), figures, 2020, 2, options);
    ASSERT_TRUE(table);
    EXPECT_EQ(table->rows[1].values.budgetPeriod, Money::fromKronor(-60'000)); // 60 of 366 days
}

TEST(EconomicTable, InnerFigureCountsGroupByGroup)
{
    // docs/formats.md: a source may publish a period only per top-level verksamhet (seed 001);
    // a node's own figures of a measure group win over its children's (seed 000 §7, see
    // rollup_test.cpp), and the children's sum fills the groups it has none of.
    std::map<NodeId, EnteredFigures> figures;
    figures[1].actualNet = Money::fromKronor(-500);
    figures[1].budgetYear = Money::fromKronor(-1'200);
    figures[2].forecast = Money::fromKronor(-10); // the node has no prognos: the children's
    figures[4].actualNet = Money::fromKronor(-30); // memo child: neither summed nor overriding
    const auto table = buildEconomicTable(smallTree(), figures, 2020, 6, {});
    ASSERT_TRUE(table) << table.error().message;
    const EconomicValues &parent = table->rows[0].values;
    EXPECT_EQ(parent.actualNet, Money::fromKronor(-500));
    EXPECT_EQ(parent.budgetYear, Money::fromKronor(-1'200));
    EXPECT_EQ(parent.budgetPeriod, Money::fromKronor(-600)); // its own budget × 6/12
    EXPECT_EQ(parent.forecast, Money::fromKronor(-10));
    EXPECT_EQ(parent.budgetDeviation, Money::fromKronor(100));
    EXPECT_EQ(table->total.values.actualNet, Money::fromKronor(-500));
}

TEST(EconomicTable, RejectsBadInput)
{
    std::map<NodeId, EnteredFigures> unknown;
    unknown[42].actualNet = Money::fromKronor(-1);
    EXPECT_EQ(buildEconomicTable(smallTree(), unknown, 2020, 6, {}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(buildEconomicTable(smallTree(), NamndFigures{}, 2020, 13, {}).error().code, ErrorCode::OutOfRange);
    EXPECT_EQ(buildEconomicTable(smallTree(), NamndFigures{}, 2020, 0, {}).error().code, ErrorCode::OutOfRange);
}

TEST(EconomicTable, ConsumptionAgainstBenchmark)
{
    // seed 002 §2.1 Barn och unga: utfall -88 552 of budget helår -103 783 by oktober = 85,3 %
    // förbrukat against a riktpunkt of 10/12 = 83,3 %.
    std::map<NodeId, EnteredFigures> figures;
    figures[2].actualNet = Money::fromThousands(-88'552);
    figures[2].budgetYear = Money::fromThousands(-103'783);
    const auto table = buildEconomicTable(smallTree(), figures, 2017, 10, {});
    ASSERT_TRUE(table);
    ASSERT_TRUE(table->rows[1].values.consumption);
    EXPECT_NEAR(*table->rows[1].values.consumption, 88'552.0 / 103'783.0, 1e-12);
    EXPECT_NEAR(table->benchmark, 10.0 / 12.0, 1e-12);
}

} // namespace
} // namespace Tertial::Core
