// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli import killed (SIGKILL) at random moments: the database is afterwards exactly as
// before the import or exactly as after it, and passes PRAGMA integrity_check. Many trials;
// TERTIAL_SOAK_TRIALS raises their number (scripts/soak-storage).
#include "childprocess.h"
#include "common/databasedump.h"
#include "common/tempdir.h"
#include "common/teststores.h"

#include "storage/databasefiles.h"
#include "storage/sqliteconnection.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <random>
#include <thread>

using namespace Tertial;
using TestUtil::TempDir;

namespace {

int trials(int normal)
{
    const char *soak = std::getenv("TERTIAL_SOAK_TRIALS");
    return soak && std::atoi(soak) > 0 ? std::atoi(soak) * 3 : normal;
}

std::string integrity(const std::string &db)
{
    auto connection = Storage::SqliteConnection::open(db, Storage::SqliteConnection::Mode::OpenExisting);
    if (!connection)
        return connection.error().message;
    auto st = connection->prepare("PRAGMA integrity_check");
    if (!st)
        return st.error().message;
    std::string result;
    auto ok = st->forEach([&](const Storage::Statement &row) { result += row.text(0); });
    return ok ? result : ok.error().message;
}

// One row of text from a server database (or the error).
std::string serverText(const std::string &uri, const std::string &sql)
{
    auto db = Storage::PgConnection::connect(uri);
    if (!db)
        return "error: " + db.error().message;
    auto st = (*db)->statement(sql);
    if (!st)
        return "error: " + st.error().message;
    auto row = (*st)->step();
    if (!row)
        return "error: " + row.error().message;
    return *row && !(*st)->isNull(0) ? (*st)->text(0) : std::string();
}

// The figures, the audit log (but its times), the nämnder, verksamheter and locks of a server
// database, each sorted: equal dumps, equal content.
std::string serverDump(const std::string &uri)
{
    std::string all;
    for (const std::string table : {"figure", "audit_log", "namnd", "verksamhet", "period_lock", "namnd_year"})
        all += "== " + table + "\n" +
               serverText(uri, "SELECT string_agg(r, E'\\n' ORDER BY r) FROM (SELECT (to_jsonb(t) - 'at' - 'locked_at')::text "
                               "AS r FROM " + table + " t) x") + "\n";
    return all;
}

} // namespace

TEST(CrashSafety, AnImportKilledAtAnyMomentLeavesTheDatabaseExactlyBeforeOrAfter)
{
    TempDir dir;
    // Before: a nämnd with figures, some of which the import changes (updates and audit rows,
    // not only inserts), a lock elsewhere.
    const std::string base = dir.file("fore.tertial");
    ASSERT_EQ(TestUtil::runCli({"init", base}, dir.path()).exitCode, 0);
    std::string existing = "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n";
    for (int v = 0; v < 40; ++v)
        existing += "0182;SOCN;Område " + std::to_string(v) + ";2021;6;utfall_netto;-" + std::to_string(1000 + v) + ";kr\n";
    TestUtil::writeBytes(dir.file("fore.csv"), existing);
    ASSERT_EQ(TestUtil::runCli({"import", base, std::string(TERTIAL_SOURCE_DIR) + "/tests/fixtures/kommuner.csv",
                                dir.file("fore.csv")},
                               dir.path())
                  .exitCode,
              0);
    ASSERT_EQ(TestUtil::runCli({"lock", base, "--kommun", "0182", "--namnd", "SOCN", "--year", "2019", "--orsak", "bokslut"},
                               dir.path())
                  .exitCode,
              0);

    // The import: 30 000 new figures over two years, and the 40 above changed.
    std::string text = "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n";
    for (int v = 0; v < 40; ++v)
        text += "0182;SOCN;Område " + std::to_string(v) + ";2021;6;utfall_netto;-" + std::to_string(2000 + v) + ";kr\n";
    for (int i = 0; i < 15'000; ++i) {
        // Each block of 24 rows one unit: two years × twelve months, every key once.
        const std::string key = "0182;SOCN;Område " + std::to_string(i / 24 % 40) + " > Enhet " + std::to_string(i / 24) +
                                ";" + std::to_string(2022 + i % 2) + ";" + std::to_string(i / 2 % 12 + 1) + ";";
        text += key + "utfall_intakter;" + std::to_string(i) + ";kr\n";
        text += key + "utfall_kostnader;-" + std::to_string(i) + ",5;kr\n";
    }
    const std::string file = dir.file("import.csv");
    TestUtil::writeBytes(file, text);

    const std::string before = TestUtil::databaseDump(base, false);
    // The state after, from an import nobody interrupts, and how long that takes.
    const std::string reference = dir.file("efter.tertial");
    ASSERT_TRUE(Storage::copyDatabaseFile(base, reference).has_value());
    const auto started = std::chrono::steady_clock::now();
    const auto whole = TestUtil::runCli({"import", reference, file}, dir.path());
    const auto duration = std::chrono::steady_clock::now() - started;
    ASSERT_EQ(whole.exitCode, 0) << whole.err;
    const std::string after = TestUtil::databaseDump(reference, false);
    ASSERT_NE(before, after);

    // Kill moments spread over the whole run, from the process start to a little past its end.
    std::mt19937 random(20261122);
    std::uniform_int_distribution<long long> moment(0, std::chrono::duration_cast<std::chrono::microseconds>(duration).count() * 6 / 5);
    int killedBefore = 0;
    int killedWhileWriting = 0; // before the commit, with pages of the import already in the log
    int killedAfter = 0;
    int finished = 0;
    const int n = trials(16);
    // A loaded machine can push every kill of the first n before the import writes: more trials
    // (up to 4 n) until one lands while it writes, so only a real miss fails the check below.
    for (int t = 0; t < n || (killedWhileWriting == 0 && t < 4 * n); ++t) {
        const std::string db = dir.file("forsok" + std::to_string(t) + ".tertial");
        ASSERT_TRUE(Storage::copyDatabaseFile(base, db).has_value());
        const pid_t pid = TestUtil::startProcess({TERTIAL_CLI, "import", db, file}, dir.file("out.txt"), dir.file("err.txt"));
        ASSERT_GT(pid, 0);
        std::this_thread::sleep_for(std::chrono::microseconds(moment(random)));
        ::kill(pid, SIGKILL);
        const int status = TestUtil::waitProcess(pid);
        std::error_code ec;
        const auto log = std::filesystem::file_size(db + "-wal", ec);

        const std::string dump = TestUtil::databaseDump(db, false);
        EXPECT_EQ(integrity(db), "ok") << "trial " << t;
        if (status == 0) {
            ++finished;
            EXPECT_EQ(dump, after) << "trial " << t << ": reported done, not all there";
        } else if (dump == before) {
            ++killedBefore;
            if (!ec && log > 0)
                ++killedWhileWriting;
        } else {
            ++killedAfter;
            EXPECT_EQ(dump, after) << "trial " << t << ": killed, and neither before nor after the import";
        }
        for (const char *suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(db + suffix);
    }
    // The trials must have caught the import in the act, not only before it began or after it ended.
    EXPECT_GT(killedWhileWriting, 0) << killedBefore << " killed before the commit, " << killedAfter
                                      << " after it, " << finished << " finished";
    RecordProperty("killed_before_commit", killedBefore);
    RecordProperty("killed_while_writing", killedWhileWriting);
    RecordProperty("killed_after_commit", killedAfter);
    RecordProperty("finished", finished);
}

// The same on the shared server, where a big import goes by COPY into staging tables and a
// set-based merge: SIGKILL of tertial-cli at random moments, and the server's database is
// exactly as before or as after (the figures, the audit log, the tree), never in between.
TEST(CrashSafety, AServerImportByCopyKilledAtAnyMomentLeavesTheDatabaseExactlyBeforeOrAfter)
{
    TestUtil::TestLocation location{Storage::Engine::Postgres};
    TERTIAL_REQUIRE_ENGINE(location);
    TestUtil::ServerDatabase *server = location.server();
    const std::string base = server->uri();
    TempDir dir;
    ASSERT_EQ(TestUtil::runCli({"init", base}, dir.path()).exitCode, 0);
    std::string existing = "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n";
    for (int v = 0; v < 40; ++v)
        existing += "0182;SOCN;Område " + std::to_string(v) + ";2021;6;utfall_netto;-" + std::to_string(1000 + v) + ";kr\n";
    TestUtil::writeBytes(dir.file("fore.csv"), existing);
    const auto prepared = TestUtil::runCli({"import", base, dir.file("fore.csv")}, dir.path());
    ASSERT_EQ(prepared.exitCode, 0) << prepared.err;
    // 30 000 new figures over two years and the 40 above changed: well past the COPY threshold.
    std::string text = "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n";
    for (int v = 0; v < 40; ++v)
        text += "0182;SOCN;Område " + std::to_string(v) + ";2021;6;utfall_netto;-" + std::to_string(2000 + v) + ";kr\n";
    for (int i = 0; i < 15'000; ++i) {
        const std::string key = "0182;SOCN;Område " + std::to_string(i / 24 % 40) + " > Enhet " + std::to_string(i / 24) +
                                ";" + std::to_string(2022 + i % 2) + ";" + std::to_string(i / 2 % 12 + 1) + ";";
        text += key + "utfall_intakter;" + std::to_string(i) + ";kr\n";
        text += key + "utfall_kostnader;-" + std::to_string(i) + ",5;kr\n";
    }
    const std::string file = dir.file("import.csv");
    TestUtil::writeBytes(file, text);
    const std::string before = serverDump(base);

    // Each trial imports into a copy of the prepared database (CREATE DATABASE … TEMPLATE: the
    // sequences come along, so ids and row versions are the same in every copy).
    auto admin = Storage::PgConnection::connect(TestUtil::testServer());
    ASSERT_TRUE(admin.has_value()) << admin.error().message;
    int copies = 0;
    auto copy = [&]() -> std::string {
        const std::string name = server->name() + "_k" + std::to_string(++copies);
        auto ok = (*admin)->exec("CREATE DATABASE " + name + " TEMPLATE " + server->name());
        EXPECT_TRUE(ok.has_value()) << ok.error().message;
        return name;
    };
    auto drop = [&](const std::string &name) { (void)(*admin)->exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); };
    // Until the server has ended every session on the database (a killed client's transaction
    // is rolled back when its backend notices), so the dump sees what will stay.
    auto settle = [&](const std::string &name) {
        for (int i = 0; i < 500; ++i) {
            if (serverText(TestUtil::testServer(), "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + name + "'") == "0")
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    };

    const std::string referenceDb = copy();
    const std::string reference = TestUtil::withDatabase(base, referenceDb);
    const auto started = std::chrono::steady_clock::now();
    const auto whole = TestUtil::runCli({"import", reference, file}, dir.path());
    const auto duration = std::chrono::steady_clock::now() - started;
    ASSERT_EQ(whole.exitCode, 0) << whole.err;
    settle(referenceDb);
    const std::string after = serverDump(reference);
    drop(referenceDb);
    ASSERT_NE(before, after);
    ASSERT_EQ(after.find("error:"), std::string::npos) << after.substr(0, 500);

    std::mt19937 random(20261206);
    const long long span = std::chrono::duration_cast<std::chrono::microseconds>(duration).count();
    std::uniform_int_distribution<long long> moment(0, span * 6 / 5);
    int killedBefore = 0;
    int killedLate = 0; // in the second half of the run and still before: inside the transaction
    int killedAfter = 0;
    int finished = 0;
    const int n = trials(12);
    // As above: more trials (up to 4 n) until one lands late, so load alone does not fail it.
    for (int t = 0; t < n || (killedLate == 0 && t < 4 * n); ++t) {
        const std::string name = copy();
        const std::string db = TestUtil::withDatabase(base, name);
        const long long at = moment(random);
        const pid_t pid = TestUtil::startProcess({TERTIAL_CLI, "import", db, file}, dir.file("out.txt"), dir.file("err.txt"));
        ASSERT_GT(pid, 0);
        std::this_thread::sleep_for(std::chrono::microseconds(at));
        ::kill(pid, SIGKILL);
        const int status = TestUtil::waitProcess(pid);
        settle(name);
        const std::string dump = serverDump(db);
        EXPECT_EQ(dump.find("error:"), std::string::npos) << "trial " << t << ": " << dump.substr(0, 500);
        if (status == 0) {
            ++finished;
            EXPECT_EQ(dump, after) << "trial " << t << ": reported done, not all there";
        } else if (dump == before) {
            ++killedBefore;
            if (at > span / 2)
                ++killedLate;
        } else {
            ++killedAfter;
            EXPECT_EQ(dump, after) << "trial " << t << ": killed, and neither before nor after the import";
        }
        drop(name);
    }
    EXPECT_GT(killedLate, 0) << killedBefore << " killed before the commit, " << killedAfter << " after it, " << finished
                             << " finished";
    RecordProperty("killed_before_commit", killedBefore);
    RecordProperty("killed_late_before_commit", killedLate);
    RecordProperty("killed_after_commit", killedAfter);
    RecordProperty("finished", finished);
}
