// SPDX-License-Identifier: GPL-3.0-or-later
// Creating, opening, refusing and migrating databases.
#include "common/teststores.h"

#include "storage/openstore.h"
#include "storage/schema.h"
#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace Tertial;
using Storage::SqliteStore;
using TestUtil::TempDir;
using TestUtil::execute;

namespace {

std::string openError(const std::string &path)
{
    auto store = SqliteStore::open(path);
    EXPECT_FALSE(store.has_value());
    return store ? std::string() : store.error().message;
}

} // namespace

TEST(StoreOpen, CreateRefusesAnExistingFile)
{
    TempDir dir;
    const std::string path = dir.file("finns.tertial");
    TestUtil::writeBytes(path, "något");
    auto store = SqliteStore::create(path);
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().message, path + ": filen finns redan; välj ett nytt namn för databasen");
    EXPECT_EQ(TestUtil::readBytes(path), "något");
}

TEST(StoreOpen, MissingFileIsNotCreated)
{
    TempDir dir;
    const std::string path = dir.file("saknas.tertial");
    EXPECT_EQ(openError(path), path + ": databasen finns inte (skapa den med tertial-cli init)");
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(StoreOpen, EmptyFileIsRefused)
{
    TempDir dir;
    const std::string path = dir.file("tom.tertial");
    TestUtil::writeBytes(path, "");
    EXPECT_EQ(openError(path), path + ": filen är tom, inte en Tertial-databas");
}

TEST(StoreOpen, TextFileIsRefused)
{
    TempDir dir;
    const std::string path = dir.file("text.tertial");
    TestUtil::writeBytes(path, "kommun;nämnd;verksamhet\n0182;SOCN;Barn och unga\n");
    EXPECT_EQ(openError(path),
              path + ": inte en Tertial-databas (filen är ingen SQLite-databas, eller dess huvud är skadat)");
    EXPECT_EQ(TestUtil::readBytes(path), "kommun;nämnd;verksamhet\n0182;SOCN;Barn och unga\n");
}

TEST(StoreOpen, ForeignSqliteFileIsRefusedAndUntouched)
{
    TempDir dir;
    const std::string path = dir.file("annan.sqlite");
    execute(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hej');");
    const std::string before = TestUtil::readBytes(path);
    EXPECT_EQ(openError(path), path + ": en SQLite-databas men inte en Tertial-databas");
    EXPECT_EQ(TestUtil::readBytes(path), before);
}

TEST(StoreOpen, NewerSchemaIsRefused)
{
    TempDir dir;
    const std::string path = dir.file("framtid.tertial");
    ASSERT_TRUE(SqliteStore::create(path).has_value());
    execute(path, "UPDATE schema_version SET version = 99");
    EXPECT_EQ(openError(path), path + ": databasen har schemaversion 99 men programmet kan bara läsa till och med "
                                      "version " + std::to_string(Storage::currentSchemaVersion) +
                                      "; använd en nyare Tertial");
}

// Before: journal_mode=WAL was set before the version was read, so the refused file had its
// header (bytes 18 and 19) changed on the way out.
TEST(StoreOpen, NewerSchemaIsRefusedWithoutChangingAByte)
{
    TempDir dir;
    const std::string path = dir.file("framtid.tertial");
    // As a later Tertial might leave it: a rollback journal, a version this one does not know.
    execute(path, "PRAGMA application_id = " + std::to_string(Storage::tertialApplicationId) +
                      "; CREATE TABLE schema_version (version INTEGER NOT NULL);"
                      " INSERT INTO schema_version (version) VALUES (" +
                      std::to_string(Storage::currentSchemaVersion + 1) + ");");
    const std::string before = TestUtil::readBytes(path);
    const std::string message = openError(path);
    EXPECT_EQ(message, path + ": databasen har schemaversion " + std::to_string(Storage::currentSchemaVersion + 1) +
                           " men programmet kan bara läsa till och med version " +
                           std::to_string(Storage::currentSchemaVersion) + "; använd en nyare Tertial");
    EXPECT_EQ(TestUtil::readBytes(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(path + "-shm"));
}

TEST(StoreOpen, CorruptPageIsReported)
{
    TempDir dir;
    const std::string path = dir.file("skadad.tertial");
    {
        auto store = SqliteStore::create(path);
        ASSERT_TRUE(store.has_value());
        Storage::ImportBatch batch;
        batch.kommuner.push_back({"0182", "Nacka", Storage::Kommun::Kind::Kommun, "01"});
        for (int i = 0; i < 2000; ++i)
            batch.figures.push_back({{}, {"0182", "SOCN"}, "Verksamhet " + std::to_string(i), "", 2020, 1,
                                     Storage::Measure::ActualNet, Core::Money::fromKronor(i)});
        ASSERT_TRUE((*store)->apply(batch).has_value());
    }
    std::string bytes = TestUtil::readBytes(path);
    ASSERT_GT(bytes.size(), 8u * 4096u);
    // Overwrite the fourth page with garbage: a b-tree page of one of the tables.
    for (std::size_t i = 3 * 4096; i < 4 * 4096; ++i)
        bytes[i] = static_cast<char>(0xA5);
    TestUtil::writeBytes(path, bytes);
    const std::string message = openError(path);
    EXPECT_EQ(message.rfind(path + ": databasen är skadad", 0), 0u) << message;
}

// The same on both engines: a file, and a database on the test server.
namespace {

class StoreOpenEngines : public ::testing::TestWithParam<Storage::Engine>
{
protected:
    void SetUp() override { TERTIAL_REQUIRE_ENGINE(m_location); }

    Core::Result<std::unique_ptr<Storage::SqlStore>> open() { return Storage::openStore(m_path); }
    std::string openError()
    {
        auto store = open();
        EXPECT_FALSE(store.has_value());
        return store ? std::string() : store.error().message;
    }

    TestUtil::TestLocation m_location{GetParam()};
    std::string m_path = m_location.location();
    // How the store names the database in messages: the file, or the URI without a password.
    std::string m_shown = Storage::displayLocation(m_path);
};

} // namespace

TEST_P(StoreOpenEngines, CreateThenOpenAtCurrentVersion)
{
    {
        auto store = Storage::openStore(m_path, Storage::OpenMode::Create);
        ASSERT_TRUE(store.has_value()) << store.error().message;
        EXPECT_EQ((*store)->schemaVersion(), Storage::currentSchemaVersion);
        auto kontoslag = (*store)->kontoslag();
        ASSERT_TRUE(kontoslag.has_value());
        EXPECT_EQ(kontoslag->size(), 11u); // domain.md §2: 4 intäkter + 7 kostnader
    }
    auto store = open();
    ASSERT_TRUE(store.has_value()) << store.error().message;
    EXPECT_EQ((*store)->schemaVersion(), Storage::currentSchemaVersion);
    EXPECT_EQ((*store)->engine(), GetParam());
}

TEST_P(StoreOpenEngines, CreateRefusesADatabaseThatExists)
{
    ASSERT_TRUE(Storage::openStore(m_path, Storage::OpenMode::Create).has_value());
    const std::string before = TestUtil::snapshot(m_path);
    auto again = Storage::openStore(m_path, Storage::OpenMode::Create);
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().message, GetParam() == Storage::Engine::Sqlite
                                         ? m_shown + ": filen finns redan; välj ett nytt namn för databasen"
                                         : m_shown + ": databasen har redan ett Tertial-schema");
    EXPECT_EQ(TestUtil::snapshot(m_path), before);
}

TEST_P(StoreOpenEngines, ADatabaseWithoutTheSchemaIsNotCreatedByOpening)
{
    EXPECT_EQ(openError(), GetParam() == Storage::Engine::Sqlite
                               ? m_shown + ": databasen finns inte (skapa den med tertial-cli init)"
                               : m_shown + ": databasen har inget Tertial-schema (skapa det med tertial-cli server init)");
    if (GetParam() == Storage::Engine::Sqlite)
        EXPECT_FALSE(std::filesystem::exists(m_path));
    else
        EXPECT_EQ(TestUtil::snapshot(m_path), ""); // no table made
}

TEST_P(StoreOpenEngines, NewerSchemaIsRefused)
{
    ASSERT_TRUE(Storage::openStore(m_path, Storage::OpenMode::Create).has_value());
    TestUtil::execute(m_path, "UPDATE schema_version SET version = 99");
    EXPECT_EQ(openError(), m_shown + ": databasen har schemaversion 99 men programmet kan bara läsa till och med "
                                     "version " + std::to_string(Storage::currentSchemaVersion) + "; använd en nyare Tertial");
}

TEST_P(StoreOpenEngines, MigratesTheVersion1Fixture)
{
    TestUtil::writeVersion1(m_path);
    auto store = open();
    ASSERT_TRUE(store.has_value()) << store.error().message;
    EXPECT_EQ((*store)->schemaVersion(), Storage::currentSchemaVersion);
    auto namnd = (*store)->findNamnd("0182", "SOCN");
    ASSERT_TRUE(namnd.has_value() && namnd->has_value());
    auto tree = (*store)->verksamheter((*namnd)->id);
    ASSERT_TRUE(tree.has_value());
    ASSERT_EQ(tree->size(), 2u);
    EXPECT_EQ((*tree)[0].name, "Barn och unga");
    EXPECT_EQ((*tree)[0].periodisation, Core::PeriodizationProfile::linear()); // the column v2 added, with its default
    auto figures = (*store)->figures((*namnd)->id, 2017);
    ASSERT_TRUE(figures.has_value());
    ASSERT_EQ(figures->size(), 4u);
    // seed 002 §2.1: Barn och unga budget helår -103 783 tkr survives the migration exactly
    bool found = false;
    for (const auto &f : *figures) {
        EXPECT_EQ(f.version, 1); // step 8: rows from before have version 1
        if (f.key.measure == Storage::Measure::Budget) {
            EXPECT_EQ(f.amount, Core::Money::fromThousands(-103'783));
            EXPECT_FALSE(f.key.month.has_value());
            found = true;
        }
    }
    EXPECT_TRUE(found);
    // A write stamps a version of its own; the v2 tables exist and work on the migrated data
    // (the lock comes after the write: a locked oktober freezes the helår budget it shows).
    const Storage::FigureKey budget{(*tree)[0].id, {}, 2017, std::nullopt, Storage::Measure::Budget};
    auto written = (*store)->writeFigures(std::vector<Storage::FigureChange>{{budget, Core::Money::fromThousands(-103'784), 1}});
    ASSERT_TRUE(written.has_value()) << written.error().message;
    EXPECT_GT(*written, 1);
    EXPECT_TRUE((*store)->lockPeriod((*namnd)->id, 2017, 10, "nämnden har beslutat").has_value());
    EXPECT_EQ(TestUtil::take((*store)->periodLocks((*namnd)->id)).size(), 1u);
    store->reset();
    auto again = open();
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ((*again)->schemaVersion(), Storage::currentSchemaVersion);
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreOpenEngines, ::testing::Values(Storage::Engine::Sqlite, Storage::Engine::Postgres),
                         TestUtil::engineParamName);

// What only a server has: it may be unreachable, or ask for a password.
TEST(StoreOpenServer, AnUnreachableServerIsSaidSo)
{
    auto store = Storage::openStore("postgresql:///tertial?host=/nonexistent-tertial-socket&port=1");
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code, Core::ErrorCode::Unavailable);
    EXPECT_EQ(store.error().message.rfind("kan inte ansluta till servern: ", 0), 0u) << store.error().message;
}
