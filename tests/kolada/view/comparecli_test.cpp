// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli compare, the comparison grid and the Jämförelse tab over the demo database show the
// same rank, quartile and means: the CLI reads the grid (analysis/comparisongrid.h) as the tab does.
#include "analysis/comparisongrid.h"
#include "core/comparisonsentence.h"
#include "gui/comparison/comparisonview.h"
#include "storage/databasefiles.h"
#include "storage/koladastore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

namespace Tertial {
namespace {

QString runCompare(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TERTIAL_CLI), QStringList{QStringLiteral("compare")} + arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int columnOf(const QTableWidget &table, const QString &header)
{
    for (int c = 0; c < table.columnCount(); ++c)
        if (table.horizontalHeaderItem(c) && table.horizontalHeaderItem(c)->text() == header)
            return c;
    return -1;
}

QString cell(const QTableWidget &table, const QString &label, int column)
{
    for (int r = 0; r < table.rowCount(); ++r)
        if (table.item(r, 0) && table.item(r, 0)->text() == label)
            return table.item(r, column) ? table.item(r, column)->text() : QString();
    return QStringLiteral("(ingen rad %1)").arg(label);
}

struct CliRow
{
    int rank = 0;
    QString name;
    QString value;
    int quartile = 0;
};

class CompareCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.tertial"));
        ASSERT_TRUE(Storage::copyDatabaseFile(TERTIAL_DEMO_DB, m_path.toStdString()).has_value());
        auto store = Storage::KoladaStore::open(m_path.toStdString());
        ASSERT_TRUE(store) << store.error().message;
        m_store = std::move(*store);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Storage::KoladaStore> m_store;
};

// seed 000 §4 "Kostnad barn och ungdomsvård, kr/inv 0-20 år" (N33006) 2017: Nacka 5 892, fourth of
// the six kommuner stored (Danderyd 4 291, Täby 4 790, Sollentuna 5 750, Nacka, Solna 7 219,
// Tyresö 9 016), lower is better.
TEST_F(CompareCli, RankAndQuartileLinesAreTheGridsAndTheTabs)
{
    const QString out = runCompare({m_path, QStringLiteral("--kpi"), QStringLiteral("N33006"), QStringLiteral("--year"),
                                    QStringLiteral("2017"), QStringLiteral("--kommun"), QStringLiteral("0182")});
    // " rang  kommun  namn  värde  kvartil": "    4  0182    Nacka    5892  3 (mittersta 50 %)"
    static const QRegularExpression line(QStringLiteral("^\\s*(\\d+)  (\\d{4})\\s+(.+?)\\s+(\\S+)  (\\d) \\("));
    std::map<std::string, CliRow> cli;
    QStringList lines = out.split(QLatin1Char('\n'));
    for (const QString &text : lines)
        if (const auto match = line.match(text); match.hasMatch())
            cli[match.captured(2).toStdString()] = {match.captured(1).toInt(), match.captured(3), match.captured(4),
                                                    match.captured(5).toInt()};
    ASSERT_EQ(cli.size(), 6u) << out.toStdString();
    EXPECT_EQ(cli["0182"].rank, 4);
    EXPECT_EQ(cli["0182"].value, QStringLiteral("5892"));
    EXPECT_EQ(cli["0182"].quartile, 3);

    Analysis::ComparisonGridRequest request;
    request.kpi = "N33006";
    request.year = 2017;
    request.kommun = "0182";
    auto grid = Analysis::buildComparisonGrid(*m_store, request);
    ASSERT_TRUE(grid) << grid.error().message;
    ASSERT_EQ(grid->ranking.rows.size(), 6u);

    Gui::ComparisonView view(*m_store);
    view.setKpi(QStringLiteral("N33006"));
    view.setYear(2017);
    view.setHighlighted(QStringLiteral("0182"));
    const QTableWidget &table = *view.table();
    const int rankColumn = columnOf(table, QStringLiteral("Rang 2017"));
    const int countColumn = columnOf(table, QStringLiteral("av"));
    const int quartileColumn = columnOf(table, QStringLiteral("Kvartil"));
    ASSERT_GE(rankColumn, 0);
    ASSERT_GE(countColumn, 0);
    ASSERT_GE(quartileColumn, 0);

    for (const Kolada::RankedKommun &ranked : grid->ranking.rows) {
        SCOPED_TRACE(ranked.id);
        ASSERT_TRUE(cli.contains(ranked.id));
        const CliRow &row = cli.at(ranked.id);
        EXPECT_EQ(row.rank, ranked.rank);
        EXPECT_EQ(row.quartile, ranked.quartile);
        EXPECT_EQ(row.name.toStdString(), ranked.name);
        EXPECT_EQ(row.value.toDouble(), ranked.value);
        const QString name = QString::fromStdString(ranked.name);
        EXPECT_EQ(cell(table, name, rankColumn), QString::number(ranked.rank));
        EXPECT_EQ(cell(table, name, countColumn), QString::number(grid->ranking.count));
        EXPECT_EQ(cell(table, name, quartileColumn), QString::number(ranked.quartile));
    }
    // The standing sentence: the grid's, as the CLI prints it and the tab ends its sentence with.
    ASSERT_TRUE(grid->standing);
    const QString sentence = QString::fromStdString(Core::quartileSentence(*grid->standing));
    EXPECT_TRUE(lines.contains(sentence)) << out.toStdString();
    EXPECT_TRUE(view.sentence().endsWith(sentence)) << view.sentence().toStdString();
}

// The mean lines of `compare --group`: Tertial's ovägt medel as the grid computes a group's, and the
// value Kolada published, as the tab's rows show them.
TEST_F(CompareCli, GroupMeanLinesAreTheGridsAndTheTabs)
{
    // Liknande kommuner LSS has no published N33006: Sollentuna 6 473 and Täby 4 554 of its seven
    // members have 2019 values (seed 000 §4) -> 5 513,5.
    const QString lss = runCompare({m_path, QStringLiteral("--kpi"), QStringLiteral("N33006"), QStringLiteral("--year"),
                                    QStringLiteral("2019"), QStringLiteral("--group"), QStringLiteral("GX0182LSS2019")});
    EXPECT_TRUE(lss.contains(QStringLiteral("Ovägt medel (Tertials beräkning): 5 513,5, 2 av 7 medlemmar har ett värde\n")))
        << lss.toStdString();
    auto group = Analysis::groupInGrid(*m_store, "GX0182LSS2019", "N33006", 2019);
    ASSERT_TRUE(group) << group.error().message;
    ASSERT_TRUE(group->mean.mean);
    EXPECT_DOUBLE_EQ(*group->mean.mean, 5513.5);
    EXPECT_EQ(group->mean.contributors, 2);
    EXPECT_EQ(group->members, 7);
    EXPECT_FALSE(group->published);

    Gui::ComparisonView view(*m_store);
    view.setKpi(QStringLiteral("N33006"));
    view.setYear(2019);
    view.setHighlighted(QStringLiteral("0182"));
    const QTableWidget &table = *view.table();
    const int year2019 = columnOf(table, QStringLiteral("2019"));
    const int year2017 = columnOf(table, QStringLiteral("2017"));
    ASSERT_GE(year2019, 0);
    ASSERT_GE(year2017, 0);
    EXPECT_EQ(cell(table, QStringLiteral("Liknande kommuner LSS, Nacka, 2019 (2 av 7 kommuner)"), year2019),
              QStringLiteral("5 513,5"));

    // Stockholms läns kommuner as Kolada published it, 6 664 in 2017 (seed 000 §4): the tab's län row.
    const QString lan = runCompare({m_path, QStringLiteral("--kpi"), QStringLiteral("N33006"), QStringLiteral("--year"),
                                    QStringLiteral("2017"), QStringLiteral("--group"), QStringLiteral("GX01KOMMUNER")});
    EXPECT_TRUE(lan.contains(QStringLiteral("Publicerat för gruppen: 6664 (Källa: Kolada)\n"))) << lan.toStdString();
    auto published = Analysis::groupInGrid(*m_store, "GX01KOMMUNER", "N33006", 2017);
    ASSERT_TRUE(published) << published.error().message;
    ASSERT_TRUE(published->published);
    EXPECT_DOUBLE_EQ(*published->published, 6664.0);
    EXPECT_EQ(cell(table, QStringLiteral("Kommunerna i Region Stockholm, ovägt medel"), year2017), QStringLiteral("6 664"));
    // Its own mean over the six of 26 kommuner with a 2017 value (36 958 / 6 = 6 159,7).
    EXPECT_TRUE(lan.contains(QStringLiteral("Ovägt medel (Tertials beräkning): 6 159,7, 6 av 26 medlemmar har ett värde\n")))
        << lan.toStdString();
}

} // namespace
} // namespace Tertial
