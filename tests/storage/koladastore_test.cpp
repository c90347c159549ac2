// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada tables (schema step 5) on the same connection as the figures, on both engines:
// upserts, deleted records, missing values, groups, and the analysts' own comparison groups.
// (tests/kolada reads the demo files through the parser into a file; these need no parser.)
#include "common/teststores.h"

#include "storage/koladastore.h"

#include <gtest/gtest.h>

using namespace Tertial;
using Storage::KoladaGender;
using TestUtil::take;

namespace {

class KoladaStoreEngines : public ::testing::TestWithParam<Storage::Engine>
{
protected:
    void SetUp() override
    {
        TERTIAL_REQUIRE_ENGINE(m_location);
        auto main = Storage::openStore(m_location.location(), Storage::OpenMode::Create);
        ASSERT_TRUE(main.has_value()) << main.error().message;
        m_store = std::make_unique<Storage::KoladaStore>(std::move(*main));
    }

    TestUtil::TestLocation m_location{GetParam()};
    std::unique_ptr<Storage::KoladaStore> m_store;
};

} // namespace

TEST_P(KoladaStoreEngines, UpsertsAndADeletedRecordRemovesTheStoredValue)
{
    // seed 000 §4, Kostnad barn och ungdomsvård kr/inv 0-20 år 2019: Nacka 5 277; Danderyd 4 817.
    Storage::KoladaBatch first;
    first.fetchedAt = "2026-01-01";
    first.source = "a";
    first.values = {{"N33006", "0182", 2019, KoladaGender::Total, 5277.0, 1, "", false},
                    {"N33006", "0182", 2019, KoladaGender::Women, std::nullopt, std::nullopt, "", false},
                    {"N33006", "0162", 2019, KoladaGender::Total, 4817.0, 1, "", false}};
    first.kpis = {{"N33006", "Kostnad barn och ungdomsvård", "kr/inv 0-20 år", false, "K", "Barn och unga"}};
    first.municipalities = {{"0182", "Nacka", "K"}, {"0162", "Danderyd", "K"}};
    first.groups = {{"GX01", "Stockholms län", {{"0182", "Nacka"}, {"0162", "Danderyd"}}}};
    auto summary = m_store->apply(first);
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(summary->valuesStored, 2);
    EXPECT_EQ(summary->valuesMissing, 1);

    Storage::KoladaBatch second;
    second.fetchedAt = "2026-02-01";
    second.source = "b";
    second.values = {{"N33006", "0182", 2019, KoladaGender::Total, 5300.0, 1, "R", false},
                     {"N33006", "0162", 2019, KoladaGender::Total, 4817.0, 1, "", true}};
    summary = m_store->apply(second);
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->valuesFlagged, 1);
    EXPECT_EQ(summary->valuesDeleted, 1);

    const auto read = m_store->values("N33006", 2019, KoladaGender::Total);
    ASSERT_TRUE(read.has_value()) << read.error().message;
    const auto &totals = *read;
    ASSERT_EQ(totals.size(), 1u); // Danderyd's deleted value is gone
    EXPECT_EQ(totals[0].value, 5300.0);
    EXPECT_EQ(totals[0].status, "R");
    EXPECT_EQ(totals[0].fetchedAt, "2026-02-01");
    EXPECT_EQ(totals[0].source, "b");
    EXPECT_EQ(totals[0].name, "Nacka");
    const auto women = take(m_store->values("N33006", 2019, KoladaGender::Women));
    ASSERT_EQ(women.size(), 1u);
    EXPECT_FALSE(women[0].value.has_value()); // missing stays missing, not 0
    const auto group = take(m_store->findGroup("stockholms län"));
    ASSERT_TRUE(group.has_value());
    EXPECT_EQ(group->members.size(), 2u);
    EXPECT_EQ(take(m_store->kpi("N33006"))->municipalityType, "K");
}

TEST_P(KoladaStoreEngines, OwnComparisonGroupsAreCreatedChangedAndRemoved)
{
    auto created = m_store->createUserGroup("Liknande kommuner IFO", {"0182", "0162", "0182"});
    ASSERT_TRUE(created.has_value()) << created.error().message;
    EXPECT_EQ(created->members, (std::vector<std::string>{"0182", "0162"})); // duplicates dropped
    auto again = m_store->createUserGroup("Liknande kommuner IFO", {"0180"});
    ASSERT_FALSE(again.has_value()); // the title is unique
    Storage::KoladaUserGroup changed = *created;
    changed.members = {"0180"};
    ASSERT_TRUE(m_store->saveUserGroup(changed).has_value());
    EXPECT_EQ(take(m_store->userGroups()), std::vector<Storage::KoladaUserGroup>{changed});
    ASSERT_TRUE(m_store->deleteUserGroup(created->id).has_value());
    EXPECT_TRUE(take(m_store->userGroups()).empty());
    // An undone delete brings it back under its id.
    ASSERT_TRUE(m_store->saveUserGroup(changed).has_value());
    EXPECT_EQ(take(m_store->userGroups()).front().id, created->id);
}

INSTANTIATE_TEST_SUITE_P(Engines, KoladaStoreEngines,
                         ::testing::Values(Storage::Engine::Sqlite, Storage::Engine::Postgres), TestUtil::engineParamName);
