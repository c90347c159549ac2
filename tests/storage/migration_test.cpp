// SPDX-License-Identifier: GPL-3.0-or-later
// Schema steps 3 and on, on the two kinds of version-2 database out there (with and without
// volume.months), on both engines.
#include "common/teststores.h"

#include "storage/openstore.h"
#include "storage/schema.h"

#include <gtest/gtest.h>

#include <map>

using namespace Tertial;
using Core::Money;
using TestUtil::take;

namespace {

class Migration : public ::testing::TestWithParam<Storage::Engine>
{
protected:
    void SetUp() override { TERTIAL_REQUIRE_ENGINE(m_location); }

    // The v1 fixture taken to version 2 by step 2 as it was released; `extra` runs before the
    // version is set (the column a later build of step 2 created, rows of its tables).
    void writeVersion2(const std::string &extra)
    {
        TestUtil::writeVersion1(m_path);
        TestUtil::execute(m_path, "BEGIN;" + Storage::migrationSql(2, GetParam()) + extra +
                                      "UPDATE schema_version SET version = 2; COMMIT;");
    }

    bool hasColumn(const std::string &table, const std::string &column)
    {
        if (GetParam() == Storage::Engine::Postgres) {
            auto db = Storage::PgConnection::connect(m_path);
            return db && (*db)->hasColumn(table, column).value_or(false);
        }
        auto db = Storage::SqliteConnection::open(m_path, Storage::SqliteConnection::Mode::OpenExisting);
        return db && db->hasColumn(table, column).value_or(false);
    }

    std::unique_ptr<Storage::SqlStore> open()
    {
        auto store = Storage::openStore(m_path);
        EXPECT_TRUE(store.has_value()) << store.error().message;
        return store ? std::move(*store) : nullptr;
    }

    TestUtil::TestLocation m_location{GetParam()};
    std::string m_path = m_location.location();
};

} // namespace

TEST_P(Migration, Version2WithoutMonthsGainsTheColumn)
{
    // A volume row (Barn och unga, id 1 in the fixture) and a grant whose kostnad the old
    // step 2 required.
    writeVersion2("INSERT INTO volume (verksamhet_id, year, month, service_type, measure, value) VALUES "
                  "(1, 2017, 10, 'Institutionsvård', 'dygn', 1234);"
                  "INSERT INTO state_grant (namnd_id, year, month, name, grant_ore, received_ore, cost_ore) VALUES "
                  "(1, 2017, 10, 'Habilitering', 217500000, 217500000, 0);");
    ASSERT_FALSE(hasColumn("volume", "months"));

    auto store = open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), Storage::currentSchemaVersion);
    EXPECT_TRUE(hasColumn("volume", "months"));
    const Storage::Id namnd = (*store->findNamnd("0182", "SOCN"))->id;
    auto volumes = take(store->volumes(namnd, 2017));
    ASSERT_EQ(volumes.size(), 1u);
    EXPECT_EQ(volumes[0].value, 1234);
    EXPECT_EQ(volumes[0].months, 1); // the default for the rows written before
    // The grant survived the rebuild, and kostnad may now be unknown.
    auto grants = take(store->stateGrants(namnd, 2017));
    ASSERT_EQ(grants.size(), 1u);
    EXPECT_EQ(grants[0].grant, Money::fromOre(217500000));
    Storage::StateGrant unknownCost{namnd, 2017, 11, "Habilitering", Money::fromOre(217500000),
                                    std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    EXPECT_TRUE(store->changeStateGrants({{{std::nullopt, unknownCost}}}).has_value());
    // A value over four months and an override: the tables of steps 3 and 4 work.
    EXPECT_TRUE(store->changeVolumes({{{std::nullopt, Storage::Volume{1, 2017, 8, "Jourhem", Core::VolumeMeasure::Days, 400, 4}}}}).has_value());
    EXPECT_TRUE(take(store->statusOverrides(namnd)).empty());
}

TEST_P(Migration, Version2WithMonthsKeepsItsValues)
{
    writeVersion2("ALTER TABLE volume ADD COLUMN months INTEGER NOT NULL DEFAULT 1;"
                  "INSERT INTO volume (verksamhet_id, year, month, service_type, measure, value, months) VALUES "
                  "(1, 2017, 8, 'Institutionsvård', 'dygn', 5828, 4);");
    auto store = open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), Storage::currentSchemaVersion);
    const Storage::Id namnd = (*store->findNamnd("0182", "SOCN"))->id;
    auto volumes = take(store->volumes(namnd, 2017));
    ASSERT_EQ(volumes.size(), 1u);
    EXPECT_EQ(volumes[0].months, 4);
    EXPECT_EQ(volumes[0].value, 5828);
    // Step 12 keys a volume by its months too: a year's value ending in the tertial's month is a
    // second row and leaves the tertial as it was (seed 000 §7: T3 176 and År 2020 177 both end
    // in december).
    for (const Storage::Volume &v : {Storage::Volume{1, 2017, 12, "Boende", Core::VolumeMeasure::Persons, 176, 4},
                                     Storage::Volume{1, 2017, 12, "Boende", Core::VolumeMeasure::Persons, 177, 12}}) {
        const auto written = store->changeVolumes({{{std::nullopt, v}}});
        EXPECT_TRUE(written.has_value()) << (written ? std::string() : written.error().message);
    }
    volumes = take(store->volumes(namnd, 2017));
    std::map<std::pair<int, int>, double> byEnd;
    for (const Storage::Volume &v : volumes)
        byEnd[{v.month, v.months}] = v.value;
    EXPECT_EQ(byEnd, (std::map<std::pair<int, int>, double>{{{8, 4}, 5828}, {{12, 4}, 176}, {{12, 12}, 177}}));
}

TEST_P(Migration, ANewDatabaseHasEveryStep)
{
    ASSERT_TRUE(Storage::openStore(m_path, Storage::OpenMode::Create).has_value());
    EXPECT_TRUE(hasColumn("volume", "months"));
    EXPECT_TRUE(hasColumn("indicator_status_override", "reason"));
    EXPECT_TRUE(hasColumn("state_grant", "cost_ore"));
    EXPECT_TRUE(hasColumn("kolada_value", "value"));
    EXPECT_TRUE(hasColumn("figure", "version"));
}

INSTANTIATE_TEST_SUITE_P(Engines, Migration, ::testing::Values(Storage::Engine::Sqlite, Storage::Engine::Postgres),
                         TestUtil::engineParamName);
