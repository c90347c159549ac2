// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison grid over the demo database's Kolada tables, against seed 000 §4's published tables.
#include "analysis/comparisongrid.h"
#include "analysis/kpicomparisons.h"

#include "common/tempdir.h"

#include "storage/databasefiles.h"
#include "storage/koladastore.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace Tertial::Analysis {
namespace {

class DemoKolada : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Storage::copyDatabaseFile(TERTIAL_DEMO_DB, m_dir.file("demo.tertial")));
        auto opened = Storage::KoladaStore::open(m_dir.file("demo.tertial"));
        ASSERT_TRUE(opened) << opened.error().message;
        store = std::move(*opened);
    }
    TestUtil::TempDir m_dir;
    std::unique_ptr<Storage::KoladaStore> store;
};

const GridRow *row(const ComparisonGrid &grid, GridRowKind kind, const std::string &id = {})
{
    for (const GridRow &r : grid.rows)
        if (r.kind == kind && (id.empty() || r.id == id))
            return &r;
    return nullptr;
}

// Seed 000 §4 "Kostnad barn och ungdomsvård, kr/inv 0-20 år": Nacka 5 892 / 6 959 / 5 277, the
// län, alla kommuner, Riket and Liknande kommuner IFO as Kolada published them, 2017–2019.
TEST_F(DemoKolada, CostGridHoldsSeedTableWithPublishedMeans)
{
    ComparisonGridRequest request;
    request.kpi = "N33006";
    request.year = 2019;
    request.kommun = "0182";
    request.fromYear = 2017;
    request.toYear = 2019;
    auto grid = buildComparisonGrid(*store, request);
    ASSERT_TRUE(grid) << grid.error().message;
    EXPECT_EQ(grid->years, (std::vector<int>{2017, 2018, 2019}));

    const GridRow *nacka = row(*grid, GridRowKind::Kommun, "0182");
    ASSERT_NE(nacka, nullptr);
    EXPECT_EQ(nacka->values, (std::map<int, double>{{2017, 5892}, {2018, 6959}, {2019, 5277}}));
    // 2019, lower is better: Täby 4 554, Danderyd 4 817, Nacka 5 277, Solna 6 149, Sollentuna
    // 6 473, Tyresö 9 398 (seed 000 §4) — Nacka third of the six kommuner with data.
    ASSERT_TRUE(nacka->ranked);
    EXPECT_EQ(nacka->ranked->rank, 3);
    EXPECT_EQ(grid->ranking.count, 6);
    EXPECT_FALSE(grid->ranking.national);
    EXPECT_EQ(row(*grid, GridRowKind::Kommun, "0160")->ranked->rank, 1); // Täby
    EXPECT_EQ(row(*grid, GridRowKind::Kommun, "0138")->ranked->rank, 6); // Tyresö
    ASSERT_TRUE(grid->standing);
    EXPECT_EQ(grid->standing->rank, 3);
    EXPECT_EQ(grid->standing->count, 6);

    const GridRow *lan = row(*grid, GridRowKind::Lan);
    ASSERT_NE(lan, nullptr);
    EXPECT_FALSE(lan->derived);
    EXPECT_EQ(gridRowLabel(*lan), "Stockholms läns kommuner (ovägt medel)");
    EXPECT_EQ(lan->values, (std::map<int, double>{{2017, 6664}, {2018, 6953}, {2019, 7131}}));
    const GridRow *alla = row(*grid, GridRowKind::Alla);
    ASSERT_NE(alla, nullptr);
    EXPECT_EQ(gridRowLabel(*alla), "Alla kommuner (ovägt medel)");
    EXPECT_EQ(alla->values, (std::map<int, double>{{2017, 8693}, {2018, 9203}, {2019, 9766}}));
    EXPECT_EQ(gridRowSource(*alla, 2019), "Kolada: Alla kommuner (ovägt medel)");
    const GridRow *riket = row(*grid, GridRowKind::Riket);
    ASSERT_NE(riket, nullptr);
    EXPECT_EQ(riket->values, (std::map<int, double>{{2017, 8398}, {2018, 8864}, {2019, 9172}}));
    const GridRow *ifo = row(*grid, GridRowKind::KoladaGroup, "GX0182IFO2019");
    ASSERT_NE(ifo, nullptr);
    EXPECT_EQ(gridRowLabel(*ifo), "Liknande kommuner IFO, Nacka, 2019");
    EXPECT_EQ(ifo->values, (std::map<int, double>{{2017, 7539}, {2018, 8070}, {2019, 7426}}));
    // The län and alla groups are not shown a second time among the Kolada groups.
    EXPECT_EQ(row(*grid, GridRowKind::KoladaGroup, "GX01KOMMUNER"), nullptr);
}

// An own group's ovägt medel over its members with a value, the count in the label and source:
// Danderyd 4 817 and Täby 4 554 in 2019 (seed 000 §4) -> 4 685,5; the third member has no value.
TEST_F(DemoKolada, OwnGroupMeanOverMembersWithValue)
{
    ComparisonGridRequest request;
    request.kpi = "N33006";
    request.year = 2019;
    request.kommun = "0182";
    request.fromYear = request.toYear = 2019;
    request.kommuner = std::set<std::string>{"0182"};
    request.riket = request.lan = request.alla = false;
    request.hiddenGroups = {"GX0182IFO2019", "GX0182LSS2019", "GX01KOMMUNER", "GXALLAKOMMUNER"};
    request.ownGroups = {{7, "Norrort", {"0162", "0160", "0999"}}};
    auto grid = buildComparisonGrid(*store, request);
    ASSERT_TRUE(grid) << grid.error().message;
    ASSERT_EQ(grid->rows.size(), 2U);
    EXPECT_EQ(grid->rows[0].id, "0182");
    const GridRow &own = grid->rows[1];
    EXPECT_EQ(own.kind, GridRowKind::OwnGroup);
    EXPECT_TRUE(own.derived);
    EXPECT_DOUBLE_EQ(own.values.at(2019), (4817.0 + 4554.0) / 2);
    EXPECT_EQ(own.contributors, 2);
    EXPECT_EQ(own.members, 3);
    EXPECT_EQ(gridRowLabel(own), "Norrort (egen grupp, ovägt medel) (2 av 3 kommuner)");
    EXPECT_EQ(gridRowSource(own, 2019), "Tertials beräkning: 2 av 3 kommuner har värde 2019");
}

// The årsredovisning 2020's comparisons for "Barn och unga 0-20 år" (seed 000 §4): the cost per
// invånare ranked in 2019 (its latest year), utredningstid in 2020; Nacka's 93 dagar (mean) is the
// lowest of the six (Danderyd 100, Sollentuna 107, Solna 100, Tyresö 96, Täby 101).
TEST_F(DemoKolada, ReportComparisonsFollowTheVerksamheter)
{
    auto comparisons = kpiComparisons(*store, "0182", 2020, {"Barn och unga 0-20 år", "Ekonomiskt bistånd"});
    ASSERT_TRUE(comparisons) << comparisons.error().message;
    ASSERT_EQ(comparisons->size(), 3U);
    EXPECT_EQ((*comparisons)[0].kpi, "N33006");
    EXPECT_EQ((*comparisons)[0].rankYear, 2019);
    EXPECT_EQ((*comparisons)[0].area, "Barn och unga 0-20 år");
    EXPECT_EQ((*comparisons)[0].grid.years, (std::vector<int>{2017, 2018, 2019})); // none stored for 2020
    const auto &time = (*comparisons)[1];
    EXPECT_EQ(time.kpi, "U33401");
    EXPECT_EQ(time.rankYear, 2020);
    EXPECT_EQ(time.grid.years, (std::vector<int>{2017, 2018, 2019, 2020}));
    ASSERT_TRUE(time.grid.standing);
    EXPECT_EQ(time.grid.standing->rank, 1);
    EXPECT_EQ(time.grid.standing->count, 6);
    const GridRow *nacka = row(time.grid, GridRowKind::Kommun, "0182");
    ASSERT_NE(nacka, nullptr);
    EXPECT_EQ(nacka->values, (std::map<int, double>{{2017, 75}, {2018, 51}, {2019, 86}, {2020, 93}}));
    EXPECT_EQ(row(time.grid, GridRowKind::Lan)->values.at(2020), 104);
    EXPECT_EQ((*comparisons)[2].kpi, "U33402");
    // Not the whole country: every kommun with data is shown, as seed 000 §4 shows the six.
    EXPECT_EQ(std::count_if(time.grid.rows.begin(), time.grid.rows.end(),
                            [](const GridRow &r) { return r.kind == GridRowKind::Kommun; }),
              6);
}

TEST_F(DemoKolada, KommunWithoutKoladaValuesHasNoComparisons)
{
    auto comparisons = kpiComparisons(*store, "0126", 2021, {"Barn och unga"});
    ASSERT_TRUE(comparisons) << comparisons.error().message;
    EXPECT_TRUE(comparisons->empty());
}

} // namespace
} // namespace Tertial::Analysis
