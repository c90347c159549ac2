// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view over data/kolada: the seed 000 §4 table, rank and quartile, chart bars,
// sentence and source note; a screenshot is saved for a look.
#include "gui/comparison/comparisonview.h"
#include "gui/comparison/rankingchart.h"

#include "../localserver.h"
#include "../tempdir.h"
#include "kolada/koladafiles.h"

#include <QComboBox>
#include <QCompleter>
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
    // The län and the whole country as Kolada published them over all their kommuner (seed 000
    // §4): länet 6 664 / 6 953 / 7 131 over the 26 kommuner of Region Stockholm, alla kommuner
    // 8 693 / 9 203 / 9 766 over the 290 — never Tertial's mean of the six kommuner stored
    // (issue 15); each once, under the län's name, not again as a group row.
    EXPECT_EQ(cell(table, QStringLiteral("Kommunerna i Region Stockholm, ovägt medel"), 3), QStringLiteral("7 131"));
    EXPECT_EQ(cell(table, QStringLiteral("Kommunerna i Region Stockholm, ovägt medel"), 4),
              QStringLiteral("Kolada: Stockholms läns kommuner (ovägt medel)"));
    EXPECT_EQ(cell(table, QStringLiteral("Alla kommuner, ovägt medel"), 1), QStringLiteral("8 693"));
    EXPECT_EQ(cell(table, QStringLiteral("Alla kommuner, ovägt medel"), 3), QStringLiteral("9 766"));
    EXPECT_EQ(cell(table, QStringLiteral("Alla kommuner, ovägt medel"), 4),
              QStringLiteral("Kolada: Alla kommuner (ovägt medel)"));
    EXPECT_EQ(rowOf(table, QStringLiteral("Stockholms läns kommuner (ovägt medel)")), -1);
    EXPECT_EQ(rowOf(table, QStringLiteral("Alla kommuner (ovägt medel)")), -1);
    // Liknande kommuner IFO 7 539 / 8 070 / 7 426 as published.
    EXPECT_EQ(cell(table, QStringLiteral("Liknande kommuner IFO, Nacka, 2019"), 2), QStringLiteral("8 070"));
    EXPECT_EQ(cell(table, QStringLiteral("Liknande kommuner IFO, Nacka, 2019"), 4), QStringLiteral("Kolada"));
    // Liknande kommuner LSS has no published N33006: Tertial's mean of its members with a value,
    // Sollentuna 6 473 and Täby 4 554 -> 5 513,5; the name says over how many.
    const QString lss = QStringLiteral("Liknande kommuner LSS, Nacka, 2019 (2 av 7 kommuner)");
    EXPECT_EQ(cell(table, lss, 3), QStringLiteral("5 513,5"));
    EXPECT_EQ(cell(table, lss, 4), QStringLiteral("Tertials beräkning: 2 av 7 kommuner har värde 2019"));
    EXPECT_EQ(table->rowCount(), 11); // six kommuner, Riket, län, alla, IFO, LSS
    // Six of 290 kommuner: the rank is among those with data, and the view says so.
    EXPECT_EQ(table->horizontalHeaderItem(6)->toolTip(),
              QStringLiteral("Antal kommuner med data i databasen, inte landets alla: rangen gäller bara dem"));
    EXPECT_TRUE(view.coverageNote().contains(QStringLiteral("gäller bara de 6 kommuner som har data i databasen, "
                                                            "inte landets 290")))
        << view.coverageNote().toStdString();
    // The KPI's definition from kpi.json.
    EXPECT_TRUE(view.definition().startsWith(QStringLiteral("Definition: Kostnad för barn- och ungdomsvård")));
    EXPECT_TRUE(view.definition().contains(QStringLiteral("Område: Individ- och familjeomsorg.")));
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

    EXPECT_EQ(view.sentence(), QStringLiteral("Nacka 2019: rang 3 bland 6 kommuner med data, kvartil 2 bland dem. "
                                              "Bland de 6 kommuner som har data ligger Nacka i mitten när det gäller "
                                              "kostnad per invånare 0-20 år; jämförelsen gäller inte hela landet."));
    EXPECT_TRUE(view.sourceNote().startsWith(QStringLiteral("Källa: Kolada (hämtad 2026-11-22)")));

    QDir().mkpath(QStringLiteral(TERTIAL_SCREENSHOT_DIR));
    view.grab().save(QStringLiteral(TERTIAL_SCREENSHOT_DIR "/comparisonview_N33006_2019.png"));
}

TEST_F(ComparisonViewTest, TheWholeCountryGivesANationalRankAndMeans)
{
    // A fetch for every kommun (made here: 290 kommuner of municipality.json, values rising with
    // the code, the first three without a value). Rank, "av" and the sentence are national; alla
    // kommuner is Tertial's mean over the country (no published group value for this KPI), the
    // län's over its 26 kommuner with the count in the name.
    auto municipalities = m_store->municipalities();
    ASSERT_TRUE(municipalities.has_value());
    Storage::KoladaBatch batch;
    batch.kpis.push_back({"N99001", "Testnyckeltal", "Ett nyckeltal för hela landet.", false, "K", "Test"});
    batch.fetchedAt = "2026-12-01";
    int index = 0, nacka = -1;
    for (const auto &m : *municipalities) {
        if (m.type != "K")
            continue;
        Storage::KoladaValue value{"N99001", m.id, 2021, Storage::KoladaGender::Total, std::nullopt, {}, {}, false};
        if (index >= 3)
            value.value = 1000.0 + index;
        if (m.id == "0182")
            nacka = index;
        batch.values.push_back(value);
        ++index;
    }
    ASSERT_TRUE(m_store->apply(batch).has_value());
    Gui::ComparisonView view(*m_store);
    view.setKpi(QStringLiteral("N99001"));
    view.setHighlighted(QStringLiteral("0182"));
    view.setDirection(Core::Direction::LowerIsBetter);
    QTableWidget *table = view.table();
    const int rank = nacka - 2; // the three without a value do not count
    const int quartile = 1 + 4 * (rank - 1) / 287;
    // Columns: name, 2021, Källa, Rang, av, Kvartil.
    EXPECT_EQ(cell(table, QStringLiteral("Nacka"), 3), QString::number(rank));
    EXPECT_EQ(cell(table, QStringLiteral("Nacka"), 4), QStringLiteral("287"));
    EXPECT_EQ(table->horizontalHeaderItem(4)->text(), QStringLiteral("av"));
    EXPECT_TRUE(table->horizontalHeaderItem(4)->toolTip().isEmpty());
    EXPECT_TRUE(view.coverageNote().isEmpty());
    EXPECT_TRUE(view.sentence().startsWith(
        QStringLiteral("Nacka 2021: rang %1 av 287, kvartil %2. ").arg(rank).arg(quartile)))
        << view.sentence().toStdString();
    EXPECT_FALSE(view.sentence().contains(QStringLiteral("har data")));
    // 1003 … 1289 over 287 kommuner: mean 1 146; län 01 is the first 26 codes, 1003 … 1025 over 23.
    const QString alla = QStringLiteral("Alla kommuner, ovägt medel (287 av 290 kommuner)");
    EXPECT_EQ(cell(table, alla, 1), QStringLiteral("1 146,0"));
    EXPECT_EQ(cell(table, alla, 2),
              QStringLiteral("Tertials beräkning: 287 av 290 kommuner har värde 2021"));
    const QString lan = QStringLiteral("Kommunerna i Region Stockholm, ovägt medel (23 av 26 kommuner)");
    EXPECT_EQ(cell(table, lan, 1), QStringLiteral("1 014,0"));
}

TEST_F(ComparisonViewTest, SeveralKpisSideBySideAndSearchByArea)
{
    Gui::ComparisonView view(*m_store);
    view.setKpi(QStringLiteral("N33006"));
    view.setYear(2019);
    view.setExtraKpis({QStringLiteral("U33401"), QStringLiteral("N28018")});
    QTableWidget *table = view.table();
    // Columns: name, 2017–2019, U33401 2019, N28018 2019, Källa, Rang, av, Kvartil.
    ASSERT_EQ(table->columnCount(), 10);
    EXPECT_EQ(table->horizontalHeaderItem(4)->text(), QStringLiteral("U33401 2019"));
    EXPECT_EQ(table->horizontalHeaderItem(5)->text(), QStringLiteral("N28018 2019"));
    // seed 000 §4: Nacka 2019 utredningstid 86 dagar (U33401) and nettokostnadsavvikelse LSS 0,7 (N28018).
    EXPECT_EQ(cell(table, QStringLiteral("Nacka"), 5), QStringLiteral("0,7"));
    EXPECT_EQ(cell(table, QStringLiteral("Tyresö"), 5), QStringLiteral("-4,2"));
    EXPECT_EQ(cell(table, QStringLiteral("Nacka"), 4), QStringLiteral("86")); // 86 dagar

    // The KPI box searches id, title and area: "funktionsnedsättning" finds the three LSS KPIs.
    QCompleter *completer = view.kpiBox()->completer();
    completer->setCompletionPrefix(QStringLiteral("funktionsnedsättning"));
    EXPECT_EQ(completer->completionCount(), 3);
    completer->setCompletionPrefix(QStringLiteral("u334"));
    EXPECT_EQ(completer->completionCount(), 2);
}

TEST_F(ComparisonViewTest, LinesOverTheYears)
{
    Gui::ComparisonView view(*m_store);
    view.resize(1100, 800);
    view.setKpi(QStringLiteral("N33006"));
    view.setHighlighted(QStringLiteral("0182"));
    view.setChartKind(Gui::ComparisonView::ChartKind::LinesOverYears);
    QCustomPlot *chart = view.chart();
    // Six kommuner, Riket, the län and alla (Kolada's), the two Liknande groups: the 11 rows of
    // the table, each a line.
    ASSERT_EQ(view.table()->rowCount(), 11);
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
