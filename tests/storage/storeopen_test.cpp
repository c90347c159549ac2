// SPDX-License-Identifier: GPL-3.0-or-later
// Creating, opening, refusing and migrating databases.
#include "common/tempdir.h"

#include "storage/schema.h"
#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

using namespace Tertial;
using Storage::SqliteStore;
using TestUtil::TempDir;

namespace {

void execute(const std::string &path, const std::string &sql)
{
    auto connection = Storage::SqliteConnection::open(path, Storage::SqliteConnection::Mode::Create);
    ASSERT_TRUE(connection.has_value()) << connection.error().message;
    auto ok = connection->exec(sql);
    ASSERT_TRUE(ok.has_value()) << ok.error().message;
}

std::string openError(const std::string &path)
{
    auto store = SqliteStore::open(path);
    EXPECT_FALSE(store.has_value());
    return store ? std::string() : store.error().message;
}

} // namespace

TEST(StoreOpen, CreateThenOpenAtCurrentVersion)
{
    TempDir dir;
    const std::string path = dir.file("ny.tertial");
    {
        auto store = SqliteStore::create(path);
        ASSERT_TRUE(store.has_value()) << store.error().message;
        EXPECT_EQ((*store)->schemaVersion(), Storage::currentSchemaVersion);
        auto kontoslag = (*store)->kontoslag();
        ASSERT_TRUE(kontoslag.has_value());
        EXPECT_EQ(kontoslag->size(), 11u); // domain.md §2: 4 intäkter + 7 kostnader
    }
    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store.has_value()) << store.error().message;
    EXPECT_EQ((*store)->schemaVersion(), Storage::currentSchemaVersion);
}

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
                                      "version " + std::to_string(Storage::currentSchemaVersion) + "; använd en nyare Tertial");
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

TEST(StoreOpen, MigratesTheVersion1Fixture)
{
    TempDir dir;
    const std::string path = dir.file("v1.tertial");
    std::ifstream script(std::string(TERTIAL_FIXTURES_DIR) + "/schema_v1.sql");
    ASSERT_TRUE(script.good());
    execute(path, std::string(std::istreambuf_iterator<char>(script), std::istreambuf_iterator<char>()));

    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store.has_value()) << store.error().message;
    EXPECT_EQ((*store)->schemaVersion(), Storage::currentSchemaVersion);
    auto namnd = (*store)->findNamnd("0182", "SOCN");
    ASSERT_TRUE(namnd.has_value() && namnd->has_value());
    auto tree = (*store)->verksamheter((*namnd)->id);
    ASSERT_TRUE(tree.has_value());
    ASSERT_EQ(tree->size(), 2u);
    EXPECT_EQ((*tree)[0].name, "Barn och unga");
    EXPECT_EQ((*tree)[0].periodisation, "linjär"); // the column v2 added, with its default
    auto figures = (*store)->figures((*namnd)->id, 2017);
    ASSERT_TRUE(figures.has_value());
    ASSERT_EQ(figures->size(), 4u);
    // seed 002 §2.1: Barn och unga budget helår -103 783 tkr survives the migration exactly
    bool found = false;
    for (const auto &f : *figures)
        if (f.key.measure == Storage::Measure::Budget) {
            EXPECT_EQ(f.amount, Core::Money::fromThousands(-103'783));
            EXPECT_FALSE(f.key.month.has_value());
            found = true;
        }
    EXPECT_TRUE(found);
    // The v2 tables exist and work on the migrated data.
    EXPECT_TRUE((*store)->lockPeriod((*namnd)->id, 2017, 10, "nämnden har beslutat").has_value());
    store->reset();
    auto again = SqliteStore::open(path);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ((*again)->schemaVersion(), Storage::currentSchemaVersion);
}
