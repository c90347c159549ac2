// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison's choices: which kommuner and groups are rows, which years are columns.
#include "gui/comparison/comparisonview.h"

#include "../tempdir.h"
#include "demodata.h"

#include <QTableWidget>

#include <gtest/gtest.h>

namespace Tertial {
namespace {

QStringList rowLabels(QTableWidget *table)
{
    QStringList labels;
    for (int r = 0; r < table->rowCount(); ++r)
        labels << table->item(r, 0)->text();
    return labels;
}

TEST(ComparisonChoices, KommunerGroupsAndYearsChooseTheRowsAndColumns)
{
    TestUtil::TempDir dir;
    auto store = dir.koladaStore();
    ASSERT_TRUE(store);
    TestUtil::importKoladaDemo(*store);
    Gui::ComparisonView view(*store);
    view.setKpi(QStringLiteral("U33401"));
    view.setHighlighted(QStringLiteral("0182"));
    view.setYear(2020);

    // Only Nacka, Täby and Riket, the years 2019–2020 (seed 000 §4 Utredningstid).
    for (const char *id : {"0162", "0163", "0184", "0138"})
        view.setKommunShown(QString::fromLatin1(id), false);
    for (const char *key : {"lan", "alla", "kolada:GX0182IFO2019", "kolada:GX0182LSS2019", "kolada:GX01KOMMUNER",
                            "kolada:GXALLAKOMMUNER"})
        view.setGroupShown(QString::fromLatin1(key), false);
    view.setYearRange(2019, 2020);
    QTableWidget *table = view.table();
    // Nacka 93 ranks first in 2020 (seed 000 §4: 93, Tyresö 96, Danderyd and Solna 100, Täby 101,
    // Sollentuna 107), Täby 5th: rank stays among all six with a value though only two are shown.
    EXPECT_EQ(rowLabels(table), QStringList({QStringLiteral("Nacka"), QStringLiteral("Täby")}));
    ASSERT_EQ(table->columnCount(), 7); // name, 2019, 2020, Källa, Rang, av, Kvartil
    EXPECT_EQ(table->horizontalHeaderItem(1)->text(), QStringLiteral("2019"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("86"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("93"));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("1"));
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("6"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("101"));
    EXPECT_EQ(table->item(1, 4)->text(), QStringLiteral("5"));

    // Kolada publishes no Riket for U33401 in the demo files; the IFO group is back as published
    // (seed 000 §4: 87 / 88).
    view.setGroupShown(QStringLiteral("kolada:GX0182IFO2019"), true);
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(2, 0)->text(), QStringLiteral("Liknande kommuner IFO, Nacka, 2019"));
    EXPECT_EQ(table->item(2, 1)->text(), QStringLiteral("87"));
    EXPECT_EQ(table->item(2, 2)->text(), QStringLiteral("88"));
    EXPECT_EQ(table->item(2, 3)->text(), QStringLiteral("Kolada"));
}

} // namespace
} // namespace Tertial
