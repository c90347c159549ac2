// SPDX-License-Identifier: GPL-3.0-or-later
// Tab-separated clipboard text as Excel writes it: quoted cells with line breaks and tabs,
// CRLF, a trailing line end; and back.
#include "gui/tabletext.h"

#include <gtest/gtest.h>

namespace {

using Tertial::Gui::parseTabSeparated;
using Tertial::Gui::toTabSeparated;

TEST(TableText, ReadsExcelsClipboardText)
{
    // Excel ends every row with CRLF and quotes a cell holding a line break or a quote.
    const auto rows = parseTabSeparated(QStringLiteral("Verksamhet\tBudget\r\n\"Barn och\r\nunga\"\t-103 783\r\n"
                                                       "\"Sägs \"\"så\"\"\"\t\r\n"));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("Verksamhet"), QStringLiteral("Budget")}));
    EXPECT_EQ(rows[1], (QStringList{QStringLiteral("Barn och\r\nunga"), QStringLiteral("-103 783")}));
    EXPECT_EQ(rows[2], (QStringList{QStringLiteral("Sägs \"så\""), QString()}));
}

TEST(TableText, OneValueAndEmptyCells)
{
    EXPECT_EQ(parseTabSeparated(QStringLiteral("100")), (QList<QStringList>{{QStringLiteral("100")}}));
    EXPECT_EQ(parseTabSeparated(QStringLiteral("100\n")), (QList<QStringList>{{QStringLiteral("100")}}));
    EXPECT_EQ(parseTabSeparated(QStringLiteral("\t1\n\n2\t\n")),
              (QList<QStringList>{{QString(), QStringLiteral("1")}, {QString()}, {QStringLiteral("2"), QString()}}));
    EXPECT_TRUE(parseTabSeparated(QString()).isEmpty());
}

TEST(TableText, WritesWhatItReads)
{
    const QList<QStringList> rows{{QStringLiteral("a\tb"), QStringLiteral("c\nd")}, {QStringLiteral("\"e\""), QString()}};
    const QString text = toTabSeparated(rows);
    EXPECT_EQ(text, QStringLiteral("\"a\tb\"\t\"c\nd\"\n\"\"\"e\"\"\"\t\n"));
    EXPECT_EQ(parseTabSeparated(text), rows);
}

} // namespace
