// SPDX-License-Identifier: GPL-3.0-or-later
// Verksamhet paths of an import: resolved level by level in a loop, each level stored once, a
// depth limit of the store's own.
#include "common/teststores.h"

#include "storage/openstore.h"

#include <gtest/gtest.h>

using namespace Tertial;
using Core::Money;
using Storage::Measure;
using TestUtil::TempDir;
using TestUtil::take;

namespace {

class VerksamhetPath : public ::testing::TestWithParam<Storage::Engine>
{
protected:
    void SetUp() override
    {
        TERTIAL_REQUIRE_ENGINE(m_location);
        auto created = Storage::openStore(m_path, Storage::OpenMode::Create);
        ASSERT_TRUE(created.has_value()) << created.error().message;
        m_store = std::move(*created);
        Storage::ImportBatch batch;
        batch.kommuner.push_back({"0182", "Nacka", Storage::Kommun::Kind::Kommun, "01"});
        batch.namnder.push_back({{}, {"0182", "SOCN"}, "Socialnämnden"});
        ASSERT_TRUE(m_store->apply(batch).has_value());
        m_namnd = (*m_store->findNamnd("0182", "SOCN"))->id;
    }

    // A path of `levels` levels, each named `name` plus its number.
    static std::string path(std::size_t levels, const std::string &name)
    {
        std::string text;
        for (std::size_t i = 1; i <= levels; ++i)
            text += (i > 1 ? " > " : "") + name + std::to_string(i);
        return text;
    }

    Core::Result<Storage::ImportSummary> importFigureAt(const std::string &verksamhet)
    {
        Storage::ImportBatch batch;
        batch.figures.push_back({{"djup.csv", 2}, {"0182", "SOCN"}, verksamhet, "", 2021, 1, Measure::ActualNet,
                                 Money::fromKronor(-1)});
        return m_store->apply(batch);
    }

    TestUtil::TestLocation m_location{GetParam()};
    std::string m_path = m_location.location();
    std::unique_ptr<Storage::SqlStore> m_store;
    Storage::Id m_namnd = 0;
};

} // namespace

// Before: ensureVerksamhet recursed once per level (20 000 levels overflowed the stack) and
// every level stored its whole path (5 000 levels: 166 MB).
TEST_P(VerksamhetPath, APathDeeperThanTheLimitIsRefusedBeforeAnythingIsWritten)
{
    const std::string before = TestUtil::snapshot(m_path);
    for (const std::size_t levels : {std::size_t{13}, std::size_t{5'000}, std::size_t{20'000}, std::size_t{100'000}}) {
        SCOPED_TRACE(levels);
        auto refused = importFigureAt(path(levels, "n"));
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().code, Core::ErrorCode::OutOfRange);
        const std::string shown = levels == 13 ? path(13, "n") : path(levels, "n").substr(0, 80) + " …";
        EXPECT_EQ(refused.error().message,
                  "djup.csv:2: verksamhet: '" + shown + "' har fler än 12 nivåer; högst 12 tillåts");
    }
    EXPECT_EQ(TestUtil::snapshot(m_path), before);
}

TEST_P(VerksamhetPath, TwelveLevelsAreStoredAsTwelveNamesAndReadBackAsPaths)
{
    const std::string name(200, 'x');
    const std::string deepest = path(12, name);
    auto imported = importFigureAt(deepest);
    ASSERT_TRUE(imported.has_value()) << imported.error().message;
    auto tree = take(m_store->verksamheter(m_namnd));
    ASSERT_EQ(tree.size(), 12u);
    for (std::size_t i = 0; i < tree.size(); ++i) {
        EXPECT_EQ(tree[i].path, path(i + 1, name));
        EXPECT_EQ(tree[i].name, name + std::to_string(i + 1));
        EXPECT_EQ(tree[i].parentId, i == 0 ? std::nullopt : std::optional<Storage::Id>(tree[i - 1].id));
    }
    // The path is not a column: each level keeps its own name only.
    Storage::Connection &db = m_store->connection();
    EXPECT_FALSE(take(db.hasColumn("verksamhet", "path")));
    auto stored = take(db.statement("SELECT sum(length(name)) FROM verksamhet"));
    ASSERT_TRUE(stored->step().value_or(false));
    EXPECT_LT(stored->int64(0), 12 * 203);
    stored->reset();
    // The figure is on the deepest level, and the audit names it by its whole path.
    auto figures = take(m_store->figures(m_namnd, 2021));
    ASSERT_EQ(figures.size(), 1u);
    EXPECT_EQ(figures[0].key.verksamhetId, tree.back().id);
    auto log = take(m_store->auditLog(tree.back().id));
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.back().what, deepest + " 2021-01 utfall_netto");
}

TEST_P(VerksamhetPath, AnEmptyLevelIsRefused)
{
    for (const std::string bad : {"Barn och unga >  > Jourhem", "Barn och unga > ", " > Jourhem"}) {
        auto refused = importFigureAt(bad);
        ASSERT_FALSE(refused.has_value()) << bad;
        EXPECT_EQ(refused.error().message, "djup.csv:2: verksamhet: '" + bad +
                                               "' har en tom nivå; förväntade namn åtskilda av \" > \"");
    }
    EXPECT_TRUE(take(m_store->verksamheter(m_namnd)).empty());
}

TEST_P(VerksamhetPath, LevelsSharedByManyRowsAreFoundNotCreatedAgain)
{
    Storage::ImportBatch batch;
    for (int i = 0; i < 50; ++i)
        batch.figures.push_back({{"a.csv", i + 2}, {"0182", "SOCN"}, "A > B > C" + std::to_string(i % 5), "", 2021,
                                 i % 12 + 1, Measure::ActualNet, Money::fromKronor(i)});
    // The nämnd's own (hidden) node: no parent, no name.
    batch.figures.push_back({{"a.csv", 60}, {"0182", "SOCN"}, "", "personal", 2021, 1, Measure::ActualCost,
                             Money::fromKronor(-5)});
    ASSERT_TRUE(m_store->apply(batch).has_value());
    std::vector<std::string> paths;
    for (const auto &v : take(m_store->verksamheter(m_namnd)))
        paths.push_back(v.path);
    EXPECT_EQ(paths, (std::vector<std::string>{"A", "A > B", "A > B > C0", "A > B > C1", "A > B > C2", "A > B > C3",
                                               "A > B > C4"}));
    EXPECT_TRUE(take(m_store->namndLevelId(m_namnd)).has_value());
    // A second import finds every level.
    batch.figures.resize(1);
    batch.figures[0].amount = Money::fromKronor(1000);
    ASSERT_TRUE(m_store->apply(batch).has_value());
    EXPECT_EQ(take(m_store->verksamheter(m_namnd)).size(), 7u);
}

INSTANTIATE_TEST_SUITE_P(Engines, VerksamhetPath, ::testing::Values(Storage::Engine::Sqlite, Storage::Engine::Postgres),
                         TestUtil::engineParamName);
