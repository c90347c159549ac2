// SPDX-License-Identifier: GPL-3.0-or-later
// Schema steps 3 and 4 on the two kinds of version-2 database out there (with and without volume.months).
#include "common/tempdir.h"

#include "storage/schema.h"
#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace Tertial;
using Core::Money;
using Storage::SqliteStore;
using TestUtil::TempDir;
using TestUtil::take;

namespace {

void execute(const std::string &path, const std::string &sql)
{
    auto connection = Storage::SqliteConnection::open(path, Storage::SqliteConnection::Mode::Create);
    ASSERT_TRUE(connection.has_value()) << connection.error().message;
    auto ok = connection->exec(sql);
    ASSERT_TRUE(ok.has_value()) << ok.error().message;
}

// The v1 fixture taken to version 2 by step 2 as it was released; `extra` runs before the
// version is set (the column a later build of step 2 created, rows of its tables).
void writeVersion2(const std::string &path, const std::string &extra)
{
    std::ifstream script(std::string(TERTIAL_FIXTURES_DIR) + "/schema_v1.sql");
    ASSERT_TRUE(script.good());
    execute(path, std::string(std::istreambuf_iterator<char>(script), std::istreambuf_iterator<char>()));
    execute(path, "BEGIN;" + Storage::migrationSql(2) + extra + "UPDATE schema_version SET version = 2; COMMIT;");
}

bool hasColumn(const std::string &path, const std::string &table, const std::string &column)
{
    auto connection = Storage::SqliteConnection::open(path, Storage::SqliteConnection::Mode::OpenExisting);
    auto st = connection->prepare("SELECT count(*) FROM pragma_table_info('" + table + "') WHERE name = '" + column + "'");
    auto row = st->step();
    return row && *row && st->int64(0) == 1;
}

} // namespace

TEST(Migration, Version2WithoutMonthsGainsTheColumn)
{
    TempDir dir;
    const std::string path = dir.file("v2.tertial");
    // A volume row (Barn och unga, id 1 in the fixture) and a grant whose kostnad the old
    // step 2 required.
    writeVersion2(path, "INSERT INTO volume (verksamhet_id, year, month, service_type, measure, value) VALUES "
                        "(1, 2017, 10, 'Institutionsvård', 'dygn', 1234);"
                        "INSERT INTO state_grant (namnd_id, year, month, name, grant_ore, received_ore, cost_ore) VALUES "
                        "(1, 2017, 10, 'Habilitering', 217500000, 217500000, 0);");
    ASSERT_FALSE(hasColumn(path, "volume", "months"));

    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store.has_value()) << store.error().message;
    EXPECT_EQ((*store)->schemaVersion(), Storage::currentSchemaVersion);
    EXPECT_TRUE(hasColumn(path, "volume", "months"));
    const Storage::Id namnd = (*(*store)->findNamnd("0182", "SOCN"))->id;
    auto volumes = take((*store)->volumes(namnd, 2017));
    ASSERT_EQ(volumes.size(), 1u);
    EXPECT_EQ(volumes[0].value, 1234);
    EXPECT_EQ(volumes[0].months, 1); // the default for the rows written before
    // The grant survived the rebuild, and kostnad may now be unknown.
    auto grants = take((*store)->stateGrants(namnd, 2017));
    ASSERT_EQ(grants.size(), 1u);
    EXPECT_EQ(grants[0].grant, Money::fromOre(217500000));
    Storage::StateGrant unknownCost{namnd, 2017, 11, "Habilitering", Money::fromOre(217500000),
                                    std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    EXPECT_TRUE((*store)->changeStateGrants({{{std::nullopt, unknownCost}}}).has_value());
    // A value over four months and an override: the tables of steps 3 and 4 work.
    EXPECT_TRUE((*store)
                    ->changeVolumes({{{std::nullopt, Storage::Volume{1, 2017, 8, "Jourhem", "dygn", 400, 4}}}})
                    .has_value());
    EXPECT_TRUE(take((*store)->statusOverrides(namnd)).empty());
}

TEST(Migration, Version2WithMonthsKeepsItsValues)
{
    TempDir dir;
    const std::string path = dir.file("v2months.tertial");
    writeVersion2(path, "ALTER TABLE volume ADD COLUMN months INTEGER NOT NULL DEFAULT 1;"
                        "INSERT INTO volume (verksamhet_id, year, month, service_type, measure, value, months) VALUES "
                        "(1, 2017, 8, 'Institutionsvård', 'dygn', 5828, 4);");
    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store.has_value()) << store.error().message;
    EXPECT_EQ((*store)->schemaVersion(), Storage::currentSchemaVersion);
    const Storage::Id namnd = (*(*store)->findNamnd("0182", "SOCN"))->id;
    auto volumes = take((*store)->volumes(namnd, 2017));
    ASSERT_EQ(volumes.size(), 1u);
    EXPECT_EQ(volumes[0].months, 4);
    EXPECT_EQ(volumes[0].value, 5828);
}

TEST(Migration, ANewDatabaseHasEveryStep)
{
    TempDir dir;
    const std::string path = dir.file("new.tertial");
    ASSERT_TRUE(SqliteStore::create(path).has_value());
    EXPECT_TRUE(hasColumn(path, "volume", "months"));
    EXPECT_TRUE(hasColumn(path, "indicator_status_override", "reason"));
    EXPECT_TRUE(hasColumn(path, "state_grant", "cost_ore"));
}
