// SPDX-License-Identifier: GPL-3.0-or-later
// The database notes which program version last opened it for writing (schema step 5).
#include "common/tempdir.h"

#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

using namespace Tertial;
using Storage::SqliteStore;
using TestUtil::TempDir;

namespace {

TEST(WriterVersion, NoneUntilAProgramRecordsOne)
{
    TempDir dir;
    const std::string path = dir.file("ny.tertial");
    auto store = SqliteStore::create(path);
    ASSERT_TRUE(store.has_value()) << store.error().message;
    auto none = (*store)->writerVersion();
    ASSERT_TRUE(none.has_value()) << none.error().message;
    EXPECT_EQ(*none, std::nullopt);

    ASSERT_TRUE((*store)->recordWriterVersion("0.1.0 (git 93a342a1b2)").has_value());
    EXPECT_EQ(TestUtil::take((*store)->writerVersion()), "0.1.0 (git 93a342a1b2)");
    ASSERT_TRUE((*store)->recordWriterVersion("0.2.0").has_value());
    EXPECT_EQ(TestUtil::take((*store)->writerVersion()), "0.2.0");
}

TEST(WriterVersion, TheSameVersionAgainLeavesTheFileAsItWas)
{
    TempDir dir;
    const std::string path = dir.file("samma.tertial");
    {
        auto store = SqliteStore::create(path);
        ASSERT_TRUE(store.has_value()) << store.error().message;
        ASSERT_TRUE((*store)->recordWriterVersion("0.1.0").has_value());
    }
    const std::string before = TestUtil::readBytes(path);
    {
        auto store = SqliteStore::open(path);
        ASSERT_TRUE(store.has_value()) << store.error().message;
        ASSERT_TRUE((*store)->recordWriterVersion("0.1.0").has_value());
    }
    EXPECT_EQ(TestUtil::readBytes(path), before);
    {
        auto store = SqliteStore::open(path);
        ASSERT_TRUE(store.has_value()) << store.error().message;
        ASSERT_TRUE((*store)->recordWriterVersion("0.1.1").has_value());
    }
    EXPECT_NE(TestUtil::readBytes(path), before);
    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store.has_value()) << store.error().message;
    EXPECT_EQ(TestUtil::take((*store)->writerVersion()), "0.1.1");
}

} // namespace
