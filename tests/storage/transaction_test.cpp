// SPDX-License-Identifier: GPL-3.0-or-later
// The RAII transaction guard rolls back unless committed.
#include "common/tempdir.h"

#include "storage/sqliteconnection.h"
#include "storage/transaction.h"

#include <gtest/gtest.h>

using namespace Tertial;
using Storage::SqliteConnection;
using Storage::Transaction;

namespace {

std::int64_t count(SqliteConnection &db)
{
    auto st = db.prepare("SELECT count(*) FROM t");
    EXPECT_TRUE(st.has_value());
    EXPECT_TRUE(st->step().value_or(false));
    return st->int64(0);
}

} // namespace

TEST(Transaction, RollsBackUnlessCommitted)
{
    TestUtil::TempDir dir;
    auto db = SqliteConnection::open(dir.file("t.db"), SqliteConnection::Mode::Create);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->exec("CREATE TABLE t (x INTEGER)").has_value());
    {
        auto transaction = Transaction::begin(*db);
        ASSERT_TRUE(transaction.has_value());
        ASSERT_TRUE(db->exec("INSERT INTO t VALUES (1)").has_value());
        EXPECT_EQ(count(*db), 1);
    } // no commit: an early return or an error path
    EXPECT_EQ(count(*db), 0);
    {
        auto transaction = Transaction::begin(*db);
        ASSERT_TRUE(transaction.has_value());
        ASSERT_TRUE(db->exec("INSERT INTO t VALUES (2)").has_value());
        ASSERT_TRUE(transaction->commit().has_value());
        EXPECT_FALSE(transaction->commit().has_value()); // a second commit is an error, not a crash
    }
    EXPECT_EQ(count(*db), 1);
}

TEST(Transaction, ASecondWriterIsRefusedNotBlockedForever)
{
    TestUtil::TempDir dir;
    auto first = SqliteConnection::open(dir.file("t.db"), SqliteConnection::Mode::Create);
    ASSERT_TRUE(first.has_value());
    ASSERT_TRUE(first->exec("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER)").has_value());
    auto second = SqliteConnection::open(dir.file("t.db"), SqliteConnection::Mode::OpenExisting);
    ASSERT_TRUE(second.has_value());
    ASSERT_TRUE(second->exec("PRAGMA busy_timeout = 50").has_value());
    auto holding = Transaction::begin(*first);
    ASSERT_TRUE(holding.has_value());
    auto refused = Transaction::begin(*second);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message, "databasfel: database is locked");
}
