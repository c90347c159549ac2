// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli kolada-import, compare and kolada-fetch end to end (the fetch against the local server).
#include "localserver.h"
#include "tempdir.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <gtest/gtest.h>

namespace Tertial {
namespace {

using Response = TestUtil::LocalServer::Response;

struct CliRun
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs tertial-cli while this process's event loop keeps serving the local server.
CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(TERTIAL_CLI), arguments);
    loop.exec();
    CliRun run;
    run.exitCode = process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit
                       ? process.exitCode()
                       : -1;
    run.out = process.readAllStandardOutput().toStdString();
    run.err = process.readAllStandardError().toStdString();
    return run;
}

QString demo(const char *name)
{
    return QStringLiteral(TERTIAL_DATA_DIR "/kolada/") + QLatin1StringView(name);
}

class KoladaCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = QString::fromStdString(m_dir.file("demo.tertial"));
        ASSERT_EQ(runCli({QStringLiteral("init"), m_db}).exitCode, 0);
    }
    TestUtil::TempDir m_dir;
    QString m_db;
};

const char *n33006Csv = "kommun;namn;varde;rank;antal;kvartil\n"
                        "0160;Täby;4554;1;6;1\n"
                        "0162;Danderyd;4817;2;6;1\n"
                        "0182;Nacka;5277;3;6;2\n"
                        "0184;Solna;6149;4;6;3\n"
                        "0163;Sollentuna;6473;5;6;3\n"
                        "0138;Tyresö;9398;6;6;4\n";

TEST_F(KoladaCli, ImportThenCompare)
{
    const auto imported = runCli({QStringLiteral("kolada-import"), m_db, demo("kpi.json"), demo("municipality.json"),
                                  demo("municipality_groups.json"), demo("N33006.json"), demo("U33401.json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(imported.out.find("municipality_groups.json: kommungrupper"), std::string::npos) << imported.out;

    // seed 000 §4 N33006 2019 (see comparison_test); the default direction of N33006 is lower.
    const auto csv = runCli({QStringLiteral("compare"), m_db, QStringLiteral("--kpi"), QStringLiteral("N33006"),
                             QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    EXPECT_EQ(csv.out, n33006Csv);

    // seed 000 §4 N33006 2019: six of the 26 members have a value; 36 668 / 6 = 6 111,3.
    const auto group = runCli({QStringLiteral("compare"), m_db, QStringLiteral("--kpi"), QStringLiteral("N33006"),
                               QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--group"),
                               QStringLiteral("Stockholms läns kommuner (ovägt medel)"), QStringLiteral("--csv")});
    ASSERT_EQ(group.exitCode, 0) << group.err;
    EXPECT_EQ(group.out, "grupp;varde;antal\nGX01KOMMUNER;6111,3;6\n");

    const auto text = runCli({QStringLiteral("compare"), m_db, QStringLiteral("--kpi"), QStringLiteral("N33006"),
                              QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--kommun"),
                              QStringLiteral("0182")});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("Källa: Kolada"), std::string::npos) << text.out;
    // Nacka is third of six here (only six of the 290 kommuner in the demo data): quartile 2 among
    // them, and the sentence says it is no national comparison (issue 15).
    EXPECT_NE(text.out.find("6 kommuner med värde av landets 290; rang och kvartil gäller bara dessa."),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("Bland de 6 kommuner som har data ligger Nacka i mitten när det gäller "
                            "kostnad per invånare 0-20 år; jämförelsen gäller inte hela landet."),
              std::string::npos)
        << text.out;
    EXPECT_EQ(text.out.find("mittersta 50 procenten"), std::string::npos) << text.out;
    EXPECT_EQ(text.out.find("tio procent"), std::string::npos) << text.out;
}

TEST_F(KoladaCli, CompareNeedsADirectionForAnUnknownKpi)
{
    const auto run = runCli({QStringLiteral("compare"), m_db, QStringLiteral("--kpi"), QStringLiteral("N99999"),
                             QStringLiteral("--year"), QStringLiteral("2019")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("ange --better lower eller --better higher"), std::string::npos) << run.err;
}

TEST_F(KoladaCli, AMalformedFileImportsNothing)
{
    const std::string bad = m_dir.file("bad.json");
    TestUtil::writeText(bad, "{\"values\": [1, 2");
    const auto run = runCli({QStringLiteral("kolada-import"), m_db, demo("N33006.json"), QString::fromStdString(bad)});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find(bad + ": ogiltig JSON"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("ingenting importerades"), std::string::npos);
    const auto csv = runCli({QStringLiteral("compare"), m_db, QStringLiteral("--kpi"), QStringLiteral("N33006"),
                             QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--csv")});
    EXPECT_EQ(csv.out, "kommun;namn;varde;rank;antal;kvartil\n");
}

TEST_F(KoladaCli, FetchStoresNothingOnMalformedJsonThenEverythingOnSuccess)
{
    TestUtil::LocalServer server;
    server.route(QStringLiteral("/v3/kpi/N33006"), {{200, server.fixture(QStringLiteral("kpi_N33006.json")), false, {}}});
    server.route(QStringLiteral("/v3/municipality"), {{200, server.fixture(QStringLiteral("municipality.json")), false, {}}});
    server.route(QStringLiteral("/v3/municipality?page=2"),
                 {{200, server.fixture(QStringLiteral("municipality_page2.json")), false, {}}});
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019"),
                 {{200, server.fixture(QStringLiteral("data_N33006_2019_page1.json")), false, {}}});
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019?page=2"),
                 {{200, server.fixture(QStringLiteral("data_malformed.json")), false, {}},
                  {200, server.fixture(QStringLiteral("data_N33006_2019_page2.json")), false, {}}});
    const QStringList fetch = {QStringLiteral("kolada-fetch"), m_db, QStringLiteral("--kpi"), QStringLiteral("N33006"),
                               QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--kolada-url"),
                               server.base().toString()};
    const QStringList compare = {QStringLiteral("compare"), m_db,  QStringLiteral("--kpi"), QStringLiteral("N33006"),
                                 QStringLiteral("--year"),  QStringLiteral("2019"), QStringLiteral("--csv")};

    const auto broken = runCli(fetch);
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_NE(broken.err.find("?page=2: ogiltig JSON"), std::string::npos) << broken.err;
    EXPECT_NE(broken.err.find("ingenting sparades"), std::string::npos);
    EXPECT_EQ(runCli(compare).out, "kommun;namn;varde;rank;antal;kvartil\n"); // page 1 was not kept either

    const auto fetched = runCli(fetch);
    ASSERT_EQ(fetched.exitCode, 0) << fetched.err;
    // Issue 11: a local server is not Kolada, and the summary says so.
    EXPECT_EQ(fetched.out.find("Källa: Kolada"), std::string::npos) << fetched.out;
    EXPECT_NE(fetched.out.find("Källa: " + server.base().toString().toStdString() +
                               " (inte Kolada: adressen är inte https://api.kolada.se)"),
              std::string::npos)
        << fetched.out;
    EXPECT_EQ(runCli(compare).out, n33006Csv);
}

// Issue 11: --kpi and --kommun are checked against the id grammar before anything is requested.
TEST_F(KoladaCli, FetchRefusesIdsThatAreNotKoladaIds)
{
    TestUtil::LocalServer server;
    for (const auto &[flag, value] : {std::pair{"--kpi", "N1/../../admin?x#"}, std::pair{"--kommun", "0182,../x"}}) {
        QStringList arguments = {QStringLiteral("kolada-fetch"), m_db, QStringLiteral("--year"), QStringLiteral("2019"),
                                 QStringLiteral("--kolada-url"), server.base().toString()};
        if (std::string(flag) == "--kommun")
            arguments << QStringLiteral("--kpi") << QStringLiteral("N33006");
        arguments << QString::fromLatin1(flag) << QString::fromLatin1(value);
        const auto run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2) << run.err;
        EXPECT_NE(run.err.find("är inget Kolada-id; väntade 1–32 bokstäver A–Z och siffror"), std::string::npos) << run.err;
    }
    EXPECT_TRUE(server.requests().empty());
}

TEST_F(KoladaCli, FetchWithoutNetwork)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const auto run = runCli({QStringLiteral("kolada-fetch"), m_db, QStringLiteral("--kpi"), QStringLiteral("N33006"),
                             QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--kolada-url"),
                             QStringLiteral("http://127.0.0.1:%1/v3").arg(port)});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("Kolada kan inte nås"), std::string::npos) << run.err;
}

} // namespace
} // namespace Tertial
