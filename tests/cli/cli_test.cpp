// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli as a child process: exit codes, Swedish errors on stderr, the demo database, kill -9.
#include "childprocess.h"
#include "common/tempdir.h"

#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <thread>

using namespace Tertial;
using TestUtil::runCli;
using TestUtil::TempDir;

namespace {

const std::string kommuner = std::string(TERTIAL_SOURCE_DIR) + "/tests/fixtures/kommuner.csv";

std::string initWithKommuner(const TempDir &dir, const std::string &name)
{
    const std::string db = dir.file(name);
    EXPECT_EQ(runCli({"init", db}, dir.path()).exitCode, 0);
    EXPECT_EQ(runCli({"import", db, kommuner}, dir.path()).exitCode, 0);
    return db;
}

} // namespace

TEST(Cli, HelpDocumentsEveryVerb)
{
    TempDir dir;
    const auto help = runCli({"--help"}, dir.path());
    EXPECT_EQ(help.exitCode, 0);
    for (const char *verb : {"init", "import", "export", "table", "lock", "unlock"}) {
        EXPECT_NE(help.out.find(std::string("  ") + verb + " "), std::string::npos) << verb;
        const auto verbHelp = runCli({verb, "--help"}, dir.path());
        EXPECT_EQ(verbHelp.exitCode, 0) << verb;
        EXPECT_EQ(verbHelp.out.rfind(std::string("tertial-cli ") + verb, 0), 0u) << verbHelp.out;
    }
    const auto unknown = runCli({"frobnicate"}, dir.path());
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_EQ(unknown.err.rfind("tertial-cli: okänt verb 'frobnicate'\n", 0), 0u);
}

TEST(Cli, InitRefusesAnExistingFile)
{
    TempDir dir;
    const std::string db = dir.file("a.tertial");
    EXPECT_EQ(runCli({"init", db}, dir.path()).exitCode, 0);
    const auto again = runCli({"init", db}, dir.path());
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.err, "tertial-cli: " + db + ": filen finns redan; välj ett nytt namn för databasen\n");
}

TEST(Cli, ForeignFileIsRefusedWithAMessage)
{
    TempDir dir;
    const std::string file = dir.file("anteckningar.txt");
    TestUtil::writeBytes(file, "inte en databas\n");
    const auto result = runCli({"export", file, "--kommun", "0182", "--namnd", "SOCN", "--year", "2017"}, dir.path());
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err, "tertial-cli: " + file +
                              ": inte en Tertial-databas (filen är ingen SQLite-databas, eller dess huvud är skadat)\n");
    EXPECT_EQ(TestUtil::readBytes(file), "inte en databas\n");
}

TEST(Cli, BadImportListsProblemsAndLeavesTheDatabaseAsItWas)
{
    TempDir dir;
    const std::string db = initWithKommuner(dir, "a.tertial");
    const std::string file = dir.file("utfall.csv");
    TestUtil::writeBytes(file, "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                               "0182;SOCN;Barn och unga;2017;10;utfall_intakter;3 970;tkr\n"
                               "0182;SOCN;Barn och unga;2017;13;utfall_kostnader;-92 522;tkr\n"
                               "0182;SOCN;Barn och unga;2017;10;utfall_netto;-88 552;tkkr\n");
    const std::string before = TestUtil::readBytes(db);
    const auto result = runCli({"import", db, file}, dir.path());
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err, "tertial-cli: " + file + ":3: månad: '13' är ingen månad, förväntade 1–12\n" + file +
                              ":4: enhet: 'tkkr' är ingen enhet, förväntade kr, tkr eller mnkr\n"
                              "tertial-cli: ingenting importerades\n");
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(TestUtil::readBytes(db), before);
}

TEST(Cli, LockRefusesImportsIntoThePeriod)
{
    TempDir dir;
    const std::string db = initWithKommuner(dir, "a.tertial");
    const std::string file = dir.file("budget.csv");
    TestUtil::writeBytes(file, "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                               "0182;SOCN;Barn och unga;2017;10;utfall_netto;-88 552;tkr\n");
    const auto imported = runCli({"import", db, file}, dir.path());
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    // Swedish number agreement: one row, one amount.
    EXPECT_EQ(imported.out, "Importerade 1 rad: 1 belopp nytt eller ändrat, 0 oförändrade\n");
    const auto lock = runCli({"lock", db, "--kommun", "0182", "--namnd", "SOCN", "--year", "2017", "--month", "10",
                              "--orsak", "Månadsrapport oktober beslutad"},
                             dir.path());
    EXPECT_EQ(lock.exitCode, 0) << lock.err;
    EXPECT_EQ(lock.out, "Låste SOCN 2017-10\n");
    TestUtil::writeBytes(file, "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                               "0182;SOCN;Barn och unga;2017;10;utfall_netto;-88 553;tkr\n");
    const auto refused = runCli({"import", db, file}, dir.path());
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err, "tertial-cli: " + file +
                               ":2: Barn och unga 2017-10 utfall_netto: perioden 2017-10 är låst; lås upp den innan du "
                               "ändrar\ntertial-cli: ingenting importerades\n");
    EXPECT_EQ(runCli({"unlock", db, "--kommun", "0182", "--namnd", "SOCN", "--year", "2017", "--month", "10",
                      "--orsak", "rättelse"},
                     dir.path())
                  .exitCode,
              0);
    const auto again = runCli({"import", db, file}, dir.path());
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(again.out, "Importerade 1 rad: 1 belopp nytt eller ändrat, 0 oförändrade\n");
    // The same file once more changes nothing: 1 oförändrat.
    EXPECT_EQ(runCli({"import", db, file}, dir.path()).out, "Importerade 1 rad: 0 belopp nya eller ändrade, 1 oförändrat\n");
}

// export → import → export is byte-identical for every nämnd and year of the demo database.
class DemoRoundTrip : public ::testing::TestWithParam<std::tuple<const char *, const char *, const char *>>
{
};

TEST_P(DemoRoundTrip, ExportImportExportIsByteIdentical)
{
    const auto [kommun, namnd, year] = GetParam();
    TempDir dir;
    const auto first = runCli({"export", TERTIAL_DEMO_DB, "--kommun", kommun, "--namnd", namnd, "--year", year,
                               "--out", dir.file("first.csv")},
                              dir.path());
    ASSERT_EQ(first.exitCode, 0) << first.err;
    const std::string exported = TestUtil::readBytes(dir.file("first.csv"));
    ASSERT_GT(exported.size(), 100u);
    const std::string db = dir.file("copy.tertial");
    ASSERT_EQ(runCli({"init", db}, dir.path()).exitCode, 0);
    // A new database knows every kommun: no list to import first.
    const auto imported = runCli({"import", db, dir.file("first.csv")}, dir.path());
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    const auto second = runCli({"export", db, "--kommun", kommun, "--namnd", namnd, "--year", year}, dir.path());
    ASSERT_EQ(second.exitCode, 0) << second.err;
    EXPECT_EQ(second.out, exported);
}

INSTANTIATE_TEST_SUITE_P(Demo, DemoRoundTrip,
                         ::testing::Values(std::make_tuple("0182", "SOCN", "2017"), std::make_tuple("0182", "SOCN", "2019"),
                                           std::make_tuple("0182", "SOCN", "2020"), std::make_tuple("0126", "SN", "2021"),
                                           std::make_tuple("0126", "SN", "2020")));

TEST(Cli, KillDuringALargeImportLeavesTheDatabaseAsItWas)
{
    TempDir dir;
    const std::string db = initWithKommuner(dir, "a.tertial");
    // 144 000 rows: long enough that the writing phase can be caught in the act.
    std::string text = "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n";
    for (int v = 0; v < 60; ++v)
        for (int l = 0; l < 10; ++l)
            for (int y = 2015; y < 2025; ++y)
                for (int m = 1; m <= 12; ++m) {
                    const std::string key = "0182;SOCN;Verksamhet " + std::to_string(v) + " > Del " + std::to_string(l) +
                                            ";" + std::to_string(y) + ";" + std::to_string(m) + ";";
                    text += key + "utfall_intakter;" + std::to_string(v * 1000 + l * 10 + m) + ",25;kr\n";
                    text += key + "utfall_kostnader;-" + std::to_string(v * 1000 + l * 10 + m) + ",75;kr\n";
                }
    const std::string file = dir.file("stor.csv");
    TestUtil::writeBytes(file, text);
    const std::string before = TestUtil::readBytes(db);
    ASSERT_EQ(std::filesystem::file_size(db + "-wal"), 0u); // closed cleanly: everything is in the main file

    const pid_t pid = TestUtil::startProcess({TERTIAL_CLI, "import", db, file}, dir.file("out.txt"), dir.file("err.txt"));
    ASSERT_GT(pid, 0);
    // Writing has begun once the transaction spills pages into the write-ahead log.
    bool writing = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (std::chrono::steady_clock::now() < deadline) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(db + "-wal", ec);
        if (!ec && size > 2'000'000) {
            writing = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    ASSERT_EQ(kill(pid, SIGKILL), 0);
    const int status = TestUtil::waitProcess(pid);
    ASSERT_TRUE(writing) << "the import never started writing";
    ASSERT_EQ(status, -SIGKILL) << "the import ended before it could be killed: " << TestUtil::readBytes(dir.file("err.txt"));

    EXPECT_EQ(TestUtil::readBytes(db), before); // the main file was never touched
    {
        auto store = Storage::SqliteStore::open(db); // recovery drops the uncommitted log
        ASSERT_TRUE(store.has_value()) << store.error().message;
        auto namnd = (*store)->findNamnd("0182", "SOCN");
        ASSERT_TRUE(namnd.has_value());
        EXPECT_FALSE(namnd->has_value()); // created in the killed transaction, so gone
        EXPECT_EQ((*store)->kommuner()->size(), 312u); // init's reference data: 290 + 21 + Riket
    }
    EXPECT_EQ(TestUtil::readBytes(db), before);
    // And the database still takes the same import.
    const auto retry = runCli({"import", db, file}, dir.path());
    EXPECT_EQ(retry.exitCode, 0) << retry.err;
    EXPECT_EQ(retry.out, "Importerade 144000 rader: 144000 belopp nya eller ändrade, 0 oförändrade\n");
}
