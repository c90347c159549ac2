// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view over data/kolada: the seed 000 §4 table, rank and quartile, chart bars,
// sentence and source note; a screenshot is saved for a look.
#include "gui/comparison/comparisonview.h"
#include "gui/comparison/rankingchart.h"

#include "../localserver.h"
#include "../tempdir.h"
#include "kolada/koladafiles.h"

#include <QDir>
#include <QHostAddress>
#include <QTcpServer>
#include <QTableWidget>

#include <qcustomplot.h>

#include <gtest/gtest.h>

namespace Tertial {
namespace {

class ComparisonViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = m_dir.koladaStore();
        ASSERT_TRUE(m_store);
        std::vector<std::string> files;
        for (const char *name : {"kpi", "municipality", "municipality_groups", "N33006", "U33401", "U33402", "N28018",
                                 "N28013", "N28008"})
            files.push_back(std::string(TERTIAL_DATA_DIR) + "/kolada/" + name + ".json");
        auto read = Kolada::readKoladaFiles(files, "2026-11-22");
        ASSERT_TRUE(read.has_value()) << read.error().message;
        ASSERT_TRUE(m_store->apply(read->batch).has_value());
    }

    int rowOf(QTableWidget *table, const QString &label)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0) && table->item(r, 0)->text() == label)
                return r;
        return -1;
    }

    QString cell(QTableWidget *table, const QString &label, int column)
    {
        const int row = rowOf(table, label);
        return row >= 0 && table->item(row, column) ? table->item(row, column)->text() : QString();
    }

    TestUtil::TempDir m_dir;
    std::unique_ptr<Storage::KoladaStore> m_store;
};

TEST_F(ComparisonViewTest, ShowsTheSeedTableRankQuartileChartAndSentence)
{
    Gui::ComparisonView view(*m_store);
    view.resize(1100, 800);
    view.setKpi(QStringLiteral("N33006"));
    view.setYear(2019);
    view.setHighlighted(QStringLiteral("0182"));
    QTableWidget *table = view.table();

    // Columns: Kommun / grupp, 2017, 2018, 2019, Källa, Rang 2019, av, Kvartil.
    ASSERT_EQ(table->columnCount(), 8);
    EXPECT_EQ(table->horizontalHeaderItem(1)->text(), QStringLiteral("2017"));
    EXPECT_EQ(table->horizontalHeaderItem(4)->text(), QStringLiteral("Källa"));
    // seed 000 §4 Kostnad barn och ungdomsvård: Nacka 5 892 / 6 959 / 5 277 (space as thousands
    // separator, as the report prints it); ranked third of six in 2019 (see comparison_test).
    EXPECT_EQ(cell(table, QStringLiteral("Nacka"), 1), QStringLiteral("5 892"));
    EXPECT_EQ(cell(table, QStringLiteral("Nacka"), 2), QStringLiteral("6 959"));
    EXPECT_EQ(cell(table, QStringLiteral("Nacka"), 3), QStringLiteral("5 277"));
    EXPECT_EQ(cell(table, QStringLiteral("Nacka"), 4), QStringLiteral("Kolada"));
    EXPECT_EQ(cell(table, QStringLiteral("Nacka"), 5), QStringLiteral("3"));
    EXPECT_EQ(cell(table, QStringLiteral("Nacka"), 6), QStringLiteral("6"));
    EXPECT_EQ(cell(table, QStringLiteral("Nacka"), 7), QStringLiteral("2"));
    EXPECT_TRUE(table->item(rowOf(table, QStringLiteral("Nacka")), 0)->font().bold());
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Täby")); // best first: 4 554
    // seed 000 §4: Danderyd 4 817, Sollentuna 6 473, Solna 6 149, Tyresö 9 398 in 2019.
    EXPECT_EQ(cell(table, QStringLiteral("Danderyd"), 3), QStringLiteral("4 817"));
    EXPECT_EQ(cell(table, QStringLiteral("Sollentuna"), 3), QStringLiteral("6 473"));
    EXPECT_EQ(cell(table, QStringLiteral("Solna"), 3), QStringLiteral("6 149"));
    EXPECT_EQ(cell(table, QStringLiteral("Tyresö"), 3), QStringLiteral("9 398"));
    // Riket as published: 8 398 / 8 864 / 9 172; not ranked.
    EXPECT_EQ(cell(table, QStringLiteral("Riket"), 1), QStringLiteral("8 398"));
    EXPECT_EQ(cell(table, QStringLiteral("Riket"), 3), QStringLiteral("9 172"));
    EXPECT_EQ(cell(table, QStringLiteral("Riket"), 4), QStringLiteral("Kolada"));
    EXPECT_EQ(cell(table, QStringLiteral("Riket"), 5), QString());
    // The groups as Kolada published them (seed 000 §4): länet 6 664 / 6 953 / 7 131, alla
    // kommuner 8 693 / 9 203 / 9 766, Liknande kommuner IFO 7 539 / 8 070 / 7 426.
    EXPECT_EQ(cell(table, QStringLiteral("Stockholms läns kommuner (ovägt medel)"), 3), QStringLiteral("7 131"));
    EXPECT_EQ(cell(table, QStringLiteral("Alla kommuner (ovägt medel)"), 1), QStringLiteral("8 693"));
    EXPECT_EQ(cell(table, QStringLiteral("Alla kommuner (ovägt medel)"), 3), QStringLiteral("9 766"));
    EXPECT_EQ(cell(table, QStringLiteral("Liknande kommuner IFO, Nacka, 2019"), 2), QStringLiteral("8 070"));
    EXPECT_EQ(cell(table, QStringLiteral("Liknande kommuner IFO, Nacka, 2019"), 4), QStringLiteral("Kolada"));
    // Tertial's own means over the kommuner in the data, told apart from Kolada's figures: the six
    // 2019 values of seed 000 §4 sum to 36 668, / 6 = 6 111,3 (all six are in län 01).
    EXPECT_EQ(cell(table, QStringLiteral("Kommunerna i Region Stockholm, ovägt medel"), 3), QStringLiteral("6 111,3"));
    EXPECT_EQ(cell(table, QStringLiteral("Kommunerna i Region Stockholm, ovägt medel"), 4),
              QStringLiteral("Tertials beräkning: 6 av 26 kommuner har värde 2019"));
    EXPECT_EQ(cell(table, QStringLiteral("Alla kommuner, ovägt medel"), 4),
              QStringLiteral("Tertials beräkning: 6 av 290 kommuner har värde 2019"));
    // Liknande kommuner LSS has no published N33006: Tertial's mean of its members with a value,
    // Sollentuna 6 473 and Täby 4 554 -> 5 513,5.
    EXPECT_EQ(cell(table, QStringLiteral("Liknande kommuner LSS, Nacka, 2019"), 3), QStringLiteral("5 513,5"));
    EXPECT_EQ(cell(table, QStringLiteral("Liknande kommuner LSS, Nacka, 2019"), 4),
              QStringLiteral("Tertials beräkning: 2 av 7 kommuner har värde 2019"));
    // The rank year's cell and the kvartil cell carry the quartile colour.
    EXPECT_EQ(table->item(rowOf(table, QStringLiteral("Täby")), 3)->background().color(),
              Gui::quartileColor(1).lighter(150));
    EXPECT_EQ(table->item(rowOf(table, QStringLiteral("Tyresö")), 7)->background().color(),
              Gui::quartileColor(4).lighter(150));

    // Chart: six bars, Nacka in the highlight series, the others by quartile (1, 1 | 3, 3 | 4).
    QCustomPlot *chart = view.chart();
    int bars = 0;
    for (int i = 0; i < chart->plottableCount(); ++i)
        if (auto *series = qobject_cast<QCPBars *>(chart->plottable(i)))
            bars += series->data()->size();
    EXPECT_EQ(bars, 6);
    auto *highlight = qobject_cast<QCPBars *>(chart->plottable(4));
    ASSERT_NE(highlight, nullptr);
    ASSERT_EQ(highlight->data()->size(), 1);
    EXPECT_EQ(highlight->data()->at(0)->key, 3.0);
    EXPECT_EQ(highlight->data()->at(0)->value, 5277.0);
    EXPECT_EQ(qobject_cast<QCPBars *>(chart->plottable(0))->data()->size(), 2); // Täby, Danderyd
    EXPECT_EQ(qobject_cast<QCPBars *>(chart->plottable(3))->data()->size(), 1); // Tyresö

    EXPECT_EQ(view.sentence(), QStringLiteral("Nacka 2019: rang 3 av 6, kvartil 2. Nacka ligger bland de mittersta 50 "
                                              "procenten av kommunerna när det gäller kostnad per invånare 0-20 år. "
                                              "Nacka är inte bland de tio procent bästa kommunerna när det gäller "
                                              "kostnad per invånare 0-20 år."));
    EXPECT_TRUE(view.sourceNote().startsWith(QStringLiteral("Källa: Kolada (hämtad 2026-11-22)")));

    QDir().mkpath(QStringLiteral(TERTIAL_SCREENSHOT_DIR));
    view.grab().save(QStringLiteral(TERTIAL_SCREENSHOT_DIR "/comparisonview_N33006_2019.png"));
}

TEST_F(ComparisonViewTest, LinesOverTheYears)
{
    Gui::ComparisonView view(*m_store);
    view.resize(1100, 800);
    view.setKpi(QStringLiteral("N33006"));
    view.setHighlighted(QStringLiteral("0182"));
    view.setChartKind(Gui::ComparisonView::ChartKind::LinesOverYears);
    QCustomPlot *chart = view.chart();
    // Six kommuner, Riket, Tertial's län and alla means, the four Kolada groups: the 13 rows of
    // the table, each a line.
    ASSERT_EQ(view.table()->rowCount(), 13);
    ASSERT_EQ(chart->graphCount(), view.table()->rowCount());
    QCPGraph *nacka = nullptr;
    for (int i = 0; i < chart->graphCount(); ++i)
        if (chart->graph(i)->name() == QStringLiteral("Nacka"))
            nacka = chart->graph(i);
    ASSERT_NE(nacka, nullptr);
    EXPECT_EQ(nacka->pen().color(), Gui::highlightColor());
    // seed 000 §4: Nacka 5 892 / 6 959 / 5 277 for 2017–2019.
    ASSERT_EQ(nacka->data()->size(), 3);
    EXPECT_EQ(nacka->data()->at(0)->key, 2017.0);
    EXPECT_EQ(nacka->data()->at(0)->value, 5892.0);
    EXPECT_EQ(nacka->data()->at(2)->value, 5277.0);
    view.grab().save(QStringLiteral(TERTIAL_SCREENSHOT_DIR "/comparisonview_N33006_lines.png"));
}

TEST_F(ComparisonViewTest, DirectionAndYearChangeTheRanking)
{
    Gui::ComparisonView view(*m_store);
    view.setKpi(QStringLiteral("U33401"));
    view.setYear(2020);
    // seed 000 §4 Utredningstid 2020: Danderyd and Solna tie at 100 -> both rank 3.
    // Columns: name, 2017..2020, Källa, Rang, av, Kvartil.
    EXPECT_EQ(cell(view.table(), QStringLiteral("Danderyd"), 6), QStringLiteral("3"));
    EXPECT_EQ(cell(view.table(), QStringLiteral("Solna"), 6), QStringLiteral("3"));
    EXPECT_EQ(cell(view.table(), QStringLiteral("Sollentuna"), 6), QStringLiteral("6"));
    view.setDirection(Core::Direction::HigherIsBetter);
    EXPECT_EQ(view.table()->item(0, 0)->text(), QStringLiteral("Sollentuna")); // 107 first
    view.setYear(2017);
    // 2017: Nacka 75 lowest -> last with higher as better.
    EXPECT_EQ(view.table()->item(5, 0)->text(), QStringLiteral("Nacka"));
}

TEST(ComparisonViewFetch, FetchesFromTheLocalServerAndShowsTheValues)
{
    TestUtil::TempDir dir;
    auto store = dir.koladaStore();
    ASSERT_TRUE(store);
    TestUtil::LocalServer server;
    using Response = TestUtil::LocalServer::Response;
    server.route(QStringLiteral("/v3/kpi/N33006"), {Response{200, server.fixture(QStringLiteral("kpi_N33006.json")), false, {}}});
    server.route(QStringLiteral("/v3/municipality"), {Response{200, server.fixture(QStringLiteral("municipality.json")), false, {}}});
    server.route(QStringLiteral("/v3/municipality?page=2"),
                 {Response{200, server.fixture(QStringLiteral("municipality_page2.json")), false, {}}});
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019"),
                 {Response{200, server.fixture(QStringLiteral("data_N33006_2019_page1.json")), false, {}}});
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019?page=2"),
                 {Response{200, server.fixture(QStringLiteral("data_N33006_2019_page2.json")), false, {}}});

    Gui::ComparisonView view(*store);
    EXPECT_EQ(view.table()->rowCount(), 0);
    Kolada::FetchOptions options;
    options.baseUrl = server.base();
    options.initialBackoff = std::chrono::milliseconds(5);
    options.fetchedAt = "2026-11-22";
    view.setFetchOptions(options);
    auto summary = view.fetchFromKolada({{"N33006"}, {2019}, {}, true});
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    // seed 000 §4 N33006 2019: Täby 4 554 first of six; Riket 9 172 as published.
    EXPECT_EQ(view.table()->item(0, 0)->text(), QStringLiteral("Täby"));
    EXPECT_EQ(view.table()->item(0, 1)->text(), QStringLiteral("4 554"));
    EXPECT_EQ(view.table()->rowCount(), 8); // six kommuner, Riket, Tertial's alla-kommuner mean
    EXPECT_EQ(view.status(), QStringLiteral("Hämtade 7 värden (0 saknade) den 2026-11-22. Källa: Kolada"));

    // A server that is gone: a clear message, nothing changed.
    Kolada::FetchOptions gone = options;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        gone.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v3").arg(probe.serverPort()));
    }
    view.setFetchOptions(gone);
    EXPECT_FALSE(view.fetchFromKolada({{"N33006"}, {2020}, {}, true}).has_value());
    EXPECT_TRUE(view.status().startsWith(QStringLiteral("Ingenting sparades: ")));
    EXPECT_TRUE(view.status().contains(QStringLiteral("Kolada kan inte nås")));
    EXPECT_EQ(view.table()->rowCount(), 8); // six kommuner, Riket, Tertial's alla-kommuner mean
}

} // namespace
} // namespace Tertial
