// SPDX-License-Identifier: GPL-3.0-or-later
// Several clients on one database: an edit based on a stale read is refused as a conflict that
// names who changed the cell and when; 50 clients editing the same cells lose no change.
#include "common/teststores.h"

#include "storage/openstore.h"

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <mutex>
#include <regex>
#include <set>
#include <thread>

using namespace Tertial;
using Core::ErrorCode;
using Core::Money;
using Storage::FigureChange;
using Storage::FigureKey;
using Storage::Measure;
using TestUtil::take;

namespace {

class Concurrency : public ::testing::TestWithParam<Storage::Engine>
{
protected:
    void SetUp() override
    {
        TERTIAL_REQUIRE_ENGINE(m_location);
        auto created = Storage::openStore(m_path, Storage::OpenMode::Create);
        ASSERT_TRUE(created.has_value()) << created.error().message;
        m_store = std::move(*created);
        m_store->setUser("controller");
        Storage::ImportBatch batch;
        batch.kommuner.push_back({"0182", "Nacka", Storage::Kommun::Kind::Kommun, "01"});
        batch.namnder.push_back({{}, {"0182", "SOCN"}, "Socialnämnden"});
        batch.verksamheter.push_back({{}, {"0182", "SOCN"}, "Vuxna 21-64 år", 1, false, "linjär"});
        batch.verksamheter.push_back({{}, {"0182", "SOCN"}, "Äldre", 2, false, "linjär"});
        ASSERT_TRUE(m_store->apply(batch).has_value());
        m_namnd = (*m_store->findNamnd("0182", "SOCN"))->id;
        for (const auto &v : take(m_store->verksamheter(m_namnd)))
            m_ids[v.path] = v.id;
    }

    std::unique_ptr<Storage::SqlStore> client(const std::string &user)
    {
        auto store = m_location.openAs(user);
        EXPECT_TRUE(store.has_value()) << store.error().message;
        return store ? std::move(*store) : nullptr;
    }

    // Vuxna 21-64 år, utfall netto of `month` 2020 (seed 000 §7 names the verksamhet).
    FigureKey cell(int month, const std::string &path = "Vuxna 21-64 år") const
    {
        return FigureKey{m_ids.at(path), {}, 2020, month, Measure::ActualNet};
    }

    // The stored version of a cell (0: empty).
    std::int64_t versionOf(Storage::Store &store, const FigureKey &key)
    {
        return take(store.figureState(key)).version;
    }

    TestUtil::TestLocation m_location{GetParam()};
    std::string m_path = m_location.location();
    std::unique_ptr<Storage::SqlStore> m_store;
    Storage::Id m_namnd = 0;
    std::map<std::string, Storage::Id> m_ids;
};

} // namespace

TEST_P(Concurrency, AnEditBasedOnAStaleReadIsRefusedNamingWhoChangedTheCell)
{
    auto anna = client("anna");
    auto bo = client("bo");
    ASSERT_TRUE(anna && bo);
    const FigureKey k = cell(2);
    auto first = anna->writeFigures(std::vector<FigureChange>{{k, Money::fromThousands(-9'745), 0}});
    ASSERT_TRUE(first.has_value()) << first.error().message;
    ASSERT_GT(*first, 0);
    // Both read version `*first`; Bo stores his change first.
    auto second = bo->writeFigures(std::vector<FigureChange>{{k, Money::fromThousands(-9'746), *first}}, "rättad");
    ASSERT_TRUE(second.has_value()) << second.error().message;
    EXPECT_GT(*second, *first);
    auto stale = anna->writeFigures(std::vector<FigureChange>{{k, Money::fromThousands(-9'800), *first}});
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    // "… ändrad av bo 2026-…-… hh:mm UTC sedan du läste den (nu -9 746 000 kr); …"
    EXPECT_TRUE(std::regex_search(stale.error().message,
                                  std::regex("^Vuxna 21-64 år 2020-02 utfall_netto: ändrad av bo \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"
                                             "( UTC)? sedan du läste den \\(nu -9 746 000 kr\\)")))
        << stale.error().message;
    // Bo's value stands, and the refused edit left no audit row.
    const auto state = take(m_store->figureState(k));
    EXPECT_EQ(state.amount, Money::fromThousands(-9'746));
    EXPECT_EQ(state.version, *second);
    EXPECT_EQ(state.changedBy, "bo");
    int rows = 0;
    for (const auto &e : take(m_store->auditLog(m_ids.at("Vuxna 21-64 år"))))
        rows += e.entity == "figur" ? 1 : 0;
    EXPECT_EQ(rows, 2);
    // Based on what is stored now, Anna's edit goes through.
    EXPECT_TRUE(anna->writeFigures(std::vector<FigureChange>{{k, Money::fromThousands(-9'800), state.version}}).has_value());
}

TEST_P(Concurrency, AnEmptyCellFilledMeanwhileIsAConflict)
{
    auto anna = client("anna");
    auto bo = client("bo");
    ASSERT_TRUE(anna && bo);
    const FigureKey k = cell(3);
    ASSERT_TRUE(bo->writeFigures(std::vector<FigureChange>{{k, Money::fromKronor(5), 0}}).has_value());
    auto refused = anna->writeFigures(std::vector<FigureChange>{{k, Money::fromKronor(6), 0}});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    // And a cleared cell: clearing a cell someone changed since is refused too.
    auto cleared = anna->writeFigures(std::vector<FigureChange>{{k, std::nullopt, 0}});
    ASSERT_FALSE(cleared.has_value());
    EXPECT_EQ(take(m_store->figureState(k)).amount, Money::fromKronor(5));
}

TEST_P(Concurrency, ACellClearedAndWrittenAgainIsNotTheCellThatWasRead)
{
    // Versions are never reused: the value Anna read was removed and a new one written, by
    // the time she saves both happened; her edit must not replace the new value silently.
    auto anna = client("anna");
    auto bo = client("bo");
    ASSERT_TRUE(anna && bo);
    const FigureKey k = cell(4);
    const auto read = take(anna->writeFigures(std::vector<FigureChange>{{k, Money::fromKronor(1), 0}}));
    ASSERT_TRUE(bo->writeFigures(std::vector<FigureChange>{{k, std::nullopt, read}}).has_value());
    ASSERT_TRUE(bo->writeFigures(std::vector<FigureChange>{{k, Money::fromKronor(1), 0}}).has_value());
    auto refused = anna->writeFigures(std::vector<FigureChange>{{k, Money::fromKronor(2), read}});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
}

TEST_P(Concurrency, OneStaleCellRefusesTheWholeBlock)
{
    auto anna = client("anna");
    auto bo = client("bo");
    ASSERT_TRUE(anna && bo);
    const auto v = take(anna->writeFigures(std::vector<FigureChange>{{cell(5), Money::fromKronor(1), 0},
                                                                     {cell(6), Money::fromKronor(1), 0}}));
    ASSERT_TRUE(bo->writeFigures(std::vector<FigureChange>{{cell(6), Money::fromKronor(7), v}}).has_value());
    const std::string before = TestUtil::snapshot(m_path);
    auto refused = anna->writeFigures(std::vector<FigureChange>{{cell(5), Money::fromKronor(2), v},
                                                                {cell(6), Money::fromKronor(2), v}});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(take(m_store->figureState(cell(5))).amount, Money::fromKronor(1));
    EXPECT_EQ(TestUtil::snapshot(m_path), before);
}

TEST_P(Concurrency, AWriteWithoutABaseOverwritesAsAnImportDoes)
{
    auto anna = client("anna");
    ASSERT_TRUE(anna);
    ASSERT_TRUE(anna->setFigure(FigureChange{cell(7), Money::fromKronor(1)}).has_value());
    ASSERT_TRUE(m_store->setFigure(FigureChange{cell(7), Money::fromKronor(3)}).has_value());
    EXPECT_EQ(take(anna->figureState(cell(7))).amount, Money::fromKronor(3));
    // The version read with the figures is what an edit is based on.
    for (const auto &f : take(anna->figures(m_namnd, 2020))) {
        if (f.key == cell(7)) {
            EXPECT_EQ(f.version, versionOf(*anna, cell(7)));
        }
    }
}

// 50 clients (each its own connection) edit the same few cells at once, each edit based on
// what the client last read. Afterwards every edit is either stored or was reported as a
// conflict, and the audit log of each cell is one unbroken chain: every stored edit replaced
// exactly the value the previous stored edit left. A lost update would break the chain.
TEST_P(Concurrency, FiftyClientsEditingTheSameCellsLoseNoChange)
{
    constexpr int clients = 50;
    const int rounds = GetParam() == Storage::Engine::Postgres ? 12 : 6;
    const std::vector<FigureKey> cells{cell(8), cell(9), cell(10), cell(8, "Äldre")};
    std::vector<std::unique_ptr<Storage::SqlStore>> stores;
    for (int c = 0; c < clients; ++c) {
        stores.push_back(client("klient" + std::to_string(c % 5)));
        ASSERT_TRUE(stores.back());
    }
    std::atomic<int> stored{0};
    std::atomic<int> conflicts{0};
    std::mutex mutex;
    std::vector<std::string> otherErrors;
    std::set<std::int64_t> storedAmounts;
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            Storage::SqlStore &store = *stores[static_cast<std::size_t>(c)];
            while (!go)
                std::this_thread::yield();
            for (int r = 0; r < rounds; ++r) {
                const FigureKey &k = cells[static_cast<std::size_t>((c + r) % static_cast<int>(cells.size()))];
                auto read = store.figureState(k);
                if (!read) {
                    std::lock_guard lock(mutex);
                    otherErrors.push_back(read.error().message);
                    continue;
                }
                // A value no other edit writes: client and round in the öre.
                const std::int64_t amount = 1'000'000 + c * 1'000 + r;
                auto written = store.writeFigures(std::vector<FigureChange>{{k, Money::fromOre(amount), read->version}});
                if (written) {
                    ++stored;
                    std::lock_guard lock(mutex);
                    storedAmounts.insert(amount);
                } else if (written.error().code == ErrorCode::Conflict) {
                    ++conflicts;
                } else {
                    std::lock_guard lock(mutex);
                    otherErrors.push_back(written.error().message);
                }
            }
        });
    }
    go = true;
    for (std::thread &t : threads)
        t.join();
    EXPECT_TRUE(otherErrors.empty()) << otherErrors.front();
    EXPECT_EQ(stored + conflicts, clients * rounds);
    EXPECT_GT(stored.load(), static_cast<int>(cells.size()));
    std::cout << "stored " << stored << ", conflicts " << conflicts << "\n";

    // Each cell's audit rows in log order: a chain from empty to the value stored now.
    std::set<std::int64_t> logged;
    auto entries = take(m_store->auditLogOfNamnd(m_namnd));
    for (const FigureKey &k : cells) {
        const std::string path = k.verksamhetId == m_ids.at("Äldre") ? "Äldre" : "Vuxna 21-64 år";
        const std::string what = path + " 2020-" + (*k.month < 10 ? "0" : "") + std::to_string(*k.month) + " utfall_netto";
        std::optional<std::string> last;
        for (const auto &e : entries) {
            if (e.entity != "figur" || e.what != what)
                continue;
            EXPECT_EQ(e.oldValue, last) << what << ": an edit replaced a value it never saw (lost update)";
            last = e.newValue;
            ASSERT_TRUE(e.newValue.has_value());
            logged.insert(std::stoll(*e.newValue));
        }
        const auto now = take(m_store->figureState(k)).amount;
        ASSERT_TRUE(now.has_value());
        EXPECT_EQ(last, std::optional<std::string>(std::to_string(now->ore()))) << what;
    }
    EXPECT_EQ(logged, storedAmounts); // every stored edit is in the log, and nothing else is
}

// Register rows: 20 clients add the same new investment at once (seed 003 Investeringar: "Digital
// mötesbokning", 250 tkr). One is stored; the others are told it exists, none overwrites it.
TEST_P(Concurrency, ClientsAddingTheSameRegisterRowAtOnceStoreOneAndHearOfIt)
{
    constexpr int clients = 20;
    std::vector<std::unique_ptr<Storage::SqlStore>> stores;
    for (int c = 0; c < clients; ++c) {
        stores.push_back(client("klient" + std::to_string(c % 5)));
        ASSERT_TRUE(stores.back());
    }
    std::atomic<int> added{0};
    std::atomic<int> refused{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            Storage::Investment row{m_namnd, 2020, 8, "Digital mötesbokning", Money::fromThousands(-250 - c),
                                    std::nullopt, std::nullopt, std::nullopt, {}, {}, {}, {}, {}, {}};
            while (!go)
                std::this_thread::yield();
            auto ok = stores[static_cast<std::size_t>(c)]->changeInvestments({{{std::nullopt, row}}});
            if (ok)
                ++added;
            else if (ok.error().code == ErrorCode::Conflict)
                ++refused;
        });
    }
    go = true;
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(added.load(), 1);
    EXPECT_EQ(refused.load(), clients - 1);
    const auto stored = take(m_store->investments(m_namnd, 2020));
    ASSERT_EQ(stored.size(), 1u);
    int logged = 0;
    for (const auto &e : take(m_store->auditLogOfNamnd(m_namnd)))
        logged += e.entity == "investering" ? 1 : 0;
    EXPECT_EQ(logged, 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, Concurrency, ::testing::Values(Storage::Engine::Sqlite, Storage::Engine::Postgres),
                         TestUtil::engineParamName);
