// SPDX-License-Identifier: GPL-3.0-or-later
// An open store keeps SQLite's POSIX locks while other processes open and close the same file.
#include "childprocess.h"
#include "common/tempdir.h"

#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace Tertial;
using TestUtil::TempDir;

namespace {

// The sqlite3 shell as another process: its answer to one query (stdout, trimmed).
std::string sqliteShell(const TempDir &dir, const std::string &db, const std::string &sql)
{
    const pid_t pid = TestUtil::startProcess({"/usr/bin/sqlite3", db, sql}, dir.file("shell.out"), dir.file("shell.err"));
    EXPECT_GT(pid, 0);
    EXPECT_EQ(TestUtil::waitProcess(pid), 0) << TestUtil::readBytes(dir.file("shell.err"));
    std::string out = TestUtil::readBytes(dir.file("shell.out"));
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out;
}

Storage::ImportBatch oneFigure(int month, std::int64_t kronor)
{
    Storage::ImportBatch batch;
    batch.figures.push_back({{"test.csv", month}, {"0182", "SOCN"}, "Barn och unga", "", 2017, month,
                             Storage::Measure::ActualNet, Core::Money::fromKronor(kronor)});
    return batch;
}

} // namespace

// The lost import: SqliteStore::open read the header through a std::ifstream that it
// closed after SQLite had opened the file, and closing any descriptor of a file drops every POSIX
// lock the process holds on it, SQLite's included. The next process to close the database then
// believed itself the last one, checkpointed and deleted the -wal and -shm under the open store,
// whose later commits went into an unlinked log: reported saved, never seen again.
TEST(StoreLocks, AnOpenStoreKeepsItsLockWhileAnotherProcessComesAndGoes)
{
    TempDir dir;
    const std::string db = dir.file("a.tertial");
    {
        auto created = Storage::SqliteStore::create(db);
        ASSERT_TRUE(created.has_value()) << created.error().message;
        Storage::ImportBatch kommun;
        kommun.kommuner.push_back({"0182", "Nacka", Storage::Kommun::Kind::Kommun, "01"});
        ASSERT_TRUE((*created)->apply(kommun).has_value());
    }
    auto store = Storage::SqliteStore::open(db);
    ASSERT_TRUE(store.has_value()) << store.error().message;
    ASSERT_TRUE((*store)->apply(oneFigure(1, 100)).has_value());

    // Another process reads and closes: it must see that it is not alone and leave the log.
    EXPECT_EQ(sqliteShell(dir, db, "SELECT count(*) FROM figure"), "1");
    EXPECT_TRUE(std::filesystem::exists(db + "-wal"));
    EXPECT_TRUE(std::filesystem::exists(db + "-shm"));

    // What the open store commits now is seen by every other process, before and after it closes.
    ASSERT_TRUE((*store)->apply(oneFigure(2, 200)).has_value());
    EXPECT_EQ(sqliteShell(dir, db, "SELECT count(*) FROM figure"), "2");
    store->reset();
    EXPECT_EQ(sqliteShell(dir, db, "SELECT count(*) FROM figure"), "2");
}
