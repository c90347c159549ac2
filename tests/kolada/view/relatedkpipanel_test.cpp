// SPDX-License-Identifier: GPL-3.0-or-later
// The key figures beside a verksamhet: N33006 and the utredningstider beside Barn och unga.
#include "gui/comparison/rankingchart.h"
#include "gui/comparison/relatedkpipanel.h"

#include "../tempdir.h"
#include "demodata.h"

#include <QTableWidget>

#include <gtest/gtest.h>

namespace Tertial {
namespace {

// Columns: Nyckeltal, År, Värde, Källa, Rang, av, Kvartil.
struct RelatedCase
{
    const char *verksamhet;
    int year;
    const char *kpi;
    const char *shownYear;
    const char *value;
    const char *rank;
    int quartile;
};

class RelatedKpiPanelTest : public ::testing::TestWithParam<RelatedCase>
{
};

TEST_P(RelatedKpiPanelTest, ShowsTheKommunsValueRankAndQuartile)
{
    const RelatedCase &c = GetParam();
    TestUtil::TempDir dir;
    auto store = dir.koladaStore();
    ASSERT_TRUE(store);
    TestUtil::importKoladaDemo(*store);
    Gui::RelatedKpiPanel panel(*store);
    // A child row: the key figures of its top-level verksamhet.
    panel.setContext(QStringLiteral("0182"), {QStringLiteral("Dygnsvård"), QString::fromUtf8(c.verksamhet)}, c.year);
    QTableWidget *table = panel.table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text().startsWith(QString::fromLatin1(c.kpi)))
            row = r;
    ASSERT_GE(row, 0) << c.kpi;
    EXPECT_EQ(table->item(row, 1)->text(), QString::fromLatin1(c.shownYear));
    EXPECT_EQ(table->item(row, 2)->text(), QString::fromUtf8(c.value));
    EXPECT_EQ(table->item(row, 3)->text(), QStringLiteral("Kolada"));
    EXPECT_EQ(table->item(row, 4)->text(), QString::fromLatin1(c.rank));
    EXPECT_EQ(table->item(row, 5)->text(), QStringLiteral("6"));
    EXPECT_EQ(table->item(row, 6)->text(), QString::number(c.quartile));
    EXPECT_EQ(table->item(row, 6)->background().color(), Gui::quartileColor(c.quartile).lighter(150));
    EXPECT_TRUE(panel.heading().contains(QStringLiteral("Nacka")));
    EXPECT_TRUE(panel.sourceNote().contains(QStringLiteral("Källa: Kolada (hämtad 2026-11-22)")));
    // Six of the 290 kommuner: the rank is said to be among those with data (issue 15).
    EXPECT_TRUE(panel.sourceNote().contains(QStringLiteral("inte hela landet"))) << panel.sourceNote().toStdString();
    EXPECT_EQ(table->item(row, 5)->toolTip(), QStringLiteral("Rang bland 6 kommuner med data, inte hela landet"));
}

INSTANTIATE_TEST_SUITE_P(
    Seed000, RelatedKpiPanelTest,
    ::testing::Values(
        // seed 000 §4 Kostnad barn och ungdomsvård 2019: Täby 4 554, Danderyd 4 817, Nacka 5 277 ->
        // rang 3 av 6, kvartil 1 + floor(4 × 2 / 6) = 2.
        RelatedCase{"Barn och unga 0-20 år", 2019, "N33006", "2019", "5 277", "3", 2},
        // 2017: Danderyd 4 291, Täby 4 790, Sollentuna 5 750, Nacka 5 892 -> rang 4, kvartil 3.
        RelatedCase{"Barn och unga 0-20 år", 2017, "N33006", "2017", "5 892", "4", 3},
        // Ekonomi in 2020: N33006 stops at 2019 in the seed, so the latest year before is shown.
        RelatedCase{"Barn och unga 0-20 år", 2020, "N33006", "2019", "5 277", "3", 2},
        // seed 000 §4 Utredningstid 2020: Nacka 93 days, the shortest -> rang 1, kvartil 1.
        RelatedCase{"Barn och unga 0-20 år", 2020, "U33401", "2020", "93", "1", 1},
        // seed 000 §4 Nettokostnadsavvikelse LSS 2019: Tyresö -4,2, then Nacka 0,7 % -> rang 2,
        // kvartil 1 + floor(4 × 1 / 6) = 1.
        RelatedCase{"Personer med funktionsnedsättning", 2019, "N28018", "2019", "0,7", "2", 1}));

TEST(RelatedKpiPanel, SaysWhenAVerksamhetHasNoKeyFigures)
{
    TestUtil::TempDir dir;
    auto store = dir.koladaStore();
    ASSERT_TRUE(store);
    Gui::RelatedKpiPanel panel(*store);
    panel.setContext(QStringLiteral("0182"), {QStringLiteral("Vuxna 21-64 år")}, 2019);
    EXPECT_EQ(panel.table()->rowCount(), 0);
    EXPECT_EQ(panel.heading(), QStringLiteral("Inga nyckeltal kopplade till Vuxna 21-64 år."));
    // Barn och unga without Kolada figures in the database: the rows say "saknas", no rank.
    panel.setContext(QStringLiteral("0182"), {QStringLiteral("Barn och unga 0-20 år")}, 2019);
    ASSERT_EQ(panel.table()->rowCount(), 3);
    EXPECT_EQ(panel.table()->item(0, 2)->text(), QStringLiteral("saknas"));
    EXPECT_EQ(panel.table()->item(0, 4), nullptr);
}

} // namespace
} // namespace Tertial
