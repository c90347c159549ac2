// SPDX-License-Identifier: GPL-3.0-or-later
// The database notes which program version last opened it for writing (schema step 7), with the
// same SQL on both engines.
#include "common/teststores.h"

#include "storage/openstore.h"

#include <gtest/gtest.h>

using namespace Tertial;
using Storage::Engine;
using Storage::OpenMode;
using TestUtil::TestLocation;

namespace {

class WriterVersion : public ::testing::TestWithParam<Engine>
{
protected:
    void SetUp() override { TERTIAL_REQUIRE_ENGINE(m_location); }

    std::unique_ptr<Storage::SqlStore> open(OpenMode mode = OpenMode::OpenExisting)
    {
        auto store = Storage::openStore(m_location.location(), mode);
        EXPECT_TRUE(store.has_value()) << store.error().message;
        return store ? std::move(*store) : nullptr;
    }

    TestLocation m_location{GetParam()};
};

TEST_P(WriterVersion, NoneUntilAProgramRecordsOne)
{
    auto store = open(OpenMode::Create);
    ASSERT_TRUE(store);
    EXPECT_EQ(TestUtil::take(store->writerVersion()), std::nullopt);
    ASSERT_TRUE(store->recordWriterVersion("0.1.0 (git 93a342a1b2)").has_value());
    EXPECT_EQ(TestUtil::take(store->writerVersion()), "0.1.0 (git 93a342a1b2)");
    ASSERT_TRUE(store->recordWriterVersion("0.2.0").has_value());
    EXPECT_EQ(TestUtil::take(store->writerVersion()), "0.2.0");
}

// Opening with the same version again writes nothing: a file stays byte-identical, a server
// database row-identical.
TEST_P(WriterVersion, TheSameVersionAgainLeavesTheDatabaseAsItWas)
{
    {
        auto store = open(OpenMode::Create);
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->recordWriterVersion("0.1.0").has_value());
    }
    const std::string before = TestUtil::snapshot(m_location.location());
    {
        auto store = open();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->recordWriterVersion("0.1.0").has_value());
    }
    EXPECT_EQ(TestUtil::snapshot(m_location.location()), before);
    {
        auto store = open();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->recordWriterVersion("0.1.1").has_value());
    }
    EXPECT_NE(TestUtil::snapshot(m_location.location()), before);
    auto store = open();
    ASSERT_TRUE(store);
    EXPECT_EQ(TestUtil::take(store->writerVersion()), "0.1.1");
}

INSTANTIATE_TEST_SUITE_P(Engines, WriterVersion, ::testing::Values(Engine::Sqlite, Engine::Postgres),
                         TestUtil::engineParamName);

} // namespace
