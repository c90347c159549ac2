// SPDX-License-Identifier: GPL-3.0-or-later
// The store on a server set up with `server init`: what the roles refuse comes back as
// Forbidden (not as "changed by someone"), the audit user is the server's, audit ids follow
// commit order, and every committed transaction notifies once per nämnd-year.
#include "common/teststores.h"

#include "storage/openstore.h"
#include "storage/pgstore.h"
#include "storage/serveradmin.h"

#include <gtest/gtest.h>

#include <poll.h>

#include <chrono>
#include <set>

using namespace Tertial;
using Core::ErrorCode;
using Core::Money;
using Storage::FigureChange;
using Storage::FigureKey;
using Storage::Measure;
using TestUtil::take;

namespace {

// Login roles of this suite (roles are the cluster's; other suites use other names).
constexpr const char *controllerUser = "st_controller";
constexpr const char *secretaryUser = "st_secretary";

class ServerStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        TERTIAL_REQUIRE_ENGINE(m_location);
        auto init = Storage::serverInit(m_location.location());
        ASSERT_TRUE(init.has_value()) << init.error().message;
        auto admin = Storage::openStore(m_location.location());
        ASSERT_TRUE(admin.has_value()) << admin.error().message;
        m_admin = std::move(*admin);
        Storage::ImportBatch batch;
        batch.kommuner.push_back({"0182", "Nacka", Storage::Kommun::Kind::Kommun, "01"});
        batch.namnder.push_back({{}, {"0182", "SOCN"}, "Socialnämnden"});
        batch.namnder.push_back({{}, {"0182", "UBN"}, "Utbildningsnämnden"});
        batch.verksamheter.push_back({{}, {"0182", "SOCN"}, "Vuxna 21-64 år", 1, false, "linjär"});
        batch.verksamheter.push_back({{}, {"0182", "UBN"}, "Grundskola", 1, false, "linjär"});
        batch.figures.push_back({{}, {"0182", "SOCN"}, "Vuxna 21-64 år", "", 2020, 2, Measure::ActualNet,
                                 Money::fromThousands(-9'745)});
        ASSERT_TRUE(m_admin->apply(batch, "grund").has_value());
        m_socn = (*m_admin->findNamnd("0182", "SOCN"))->id;
        m_ubn = (*m_admin->findNamnd("0182", "UBN"))->id;
        m_vuxna = take(m_admin->verksamheter(m_socn)).front().id;
        m_grundskola = take(m_admin->verksamheter(m_ubn)).front().id;
        for (const auto &[user, role] : {std::pair{controllerUser, Storage::ServerRole::Controller},
                                         std::pair{secretaryUser, Storage::ServerRole::Secretary}}) {
            auto granted = Storage::serverGrant(m_location.location(), {user, role, "0182", "SOCN"});
            ASSERT_TRUE(granted.has_value()) << granted.error().message;
        }
    }

    std::unique_ptr<Storage::SqlStore> as(const std::string &user)
    {
        auto store = Storage::openStore(m_location.server()->uri(user));
        EXPECT_TRUE(store.has_value()) << store.error().message;
        return store ? std::move(*store) : nullptr;
    }

    TestUtil::TestLocation m_location{Storage::Engine::Postgres};
    std::unique_ptr<Storage::SqlStore> m_admin;
    Storage::Id m_socn = 0;
    Storage::Id m_ubn = 0;
    Storage::Id m_vuxna = 0;
    Storage::Id m_grundskola = 0;
};

} // namespace

TEST_F(ServerStore, ARoleThatMayOnlyReadIsToldSoNotThatSomeoneChangedTheCell)
{
    auto secretary = as(secretaryUser);
    ASSERT_TRUE(secretary);
    const FigureKey k{m_vuxna, {}, 2020, 2, Measure::ActualNet};
    const auto state = take(secretary->figureState(k));
    ASSERT_EQ(state.amount, Money::fromThousands(-9'745)); // she reads it
    for (const std::optional<Money> &value : {std::optional(Money::fromKronor(1)), std::optional<Money>()}) {
        auto refused = secretary->writeFigures(std::vector<FigureChange>{{k, value, state.version}});
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden) << refused.error().message;
        EXPECT_EQ(refused.error().message, "Vuxna 21-64 år 2020-02 utfall_netto: din roll får läsa cellen men inte ändra den");
    }
    // A new cell: the server's row security refuses the insert.
    auto fresh = secretary->writeFigures(std::vector<FigureChange>{{{m_vuxna, {}, 2020, 3, Measure::ActualNet}, Money::fromKronor(1), 0}});
    ASSERT_FALSE(fresh.has_value());
    EXPECT_EQ(fresh.error().code, ErrorCode::Forbidden) << fresh.error().message;
    // Comments are hers to write.
    EXPECT_TRUE(secretary->setComment(Storage::Comment{m_vuxna, 2020, 2, "Sekreterarens kommentar"}).has_value());
    EXPECT_EQ(take(m_admin->figureState(k)).amount, Money::fromThousands(-9'745));
}

TEST_F(ServerStore, AControllerNeitherSeesNorWritesAnotherNamnd)
{
    auto controller = as(controllerUser);
    ASSERT_TRUE(controller);
    EXPECT_TRUE(take(controller->verksamheter(m_ubn)).empty());
    auto refused = controller->setFigure(FigureChange{{m_grundskola, {}, 2020, 2, Measure::ActualNet}, Money::fromKronor(1)});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound) << refused.error().message;
    // Their own nämnd: written, and the audit row names the server's user whatever the client says.
    controller->setUser("någon annan");
    ASSERT_TRUE(controller->setFigure(FigureChange{{m_vuxna, {}, 2020, 4, Measure::ActualNet}, Money::fromKronor(2)}).has_value());
    const auto log = take(m_admin->auditLogOfNamnd(m_socn));
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.back().who, controllerUser);
    EXPECT_EQ(log.back().what, "Vuxna 21-64 år 2020-04 utfall_netto");
}

// The Ändringslogg reads only the entries after the last id it holds. PostgreSQL hands out
// identity values when rows are inserted, not when they commit: a transaction that started
// first and commits last would otherwise get lower ids than entries already read, and be
// skipped for good.
TEST_F(ServerStore, AuditIdsFollowTheOrderOfCommits)
{
    auto slow = Storage::PgConnection::connect(m_location.location());
    ASSERT_TRUE(slow.has_value()) << slow.error().message;
    ASSERT_TRUE((*slow)->exec("BEGIN; INSERT INTO audit_log (at, who, entity, namnd_id, what, reason) VALUES "
                              "('', '', 'kommentar', " + std::to_string(m_socn) + ", 'långsam', '')")
                    .has_value());
    // Meanwhile another client commits, and a reader reads the log so far.
    auto fast = as(controllerUser);
    ASSERT_TRUE(fast);
    ASSERT_TRUE(fast->setFigure(FigureChange{{m_vuxna, {}, 2020, 5, Measure::ActualNet}, Money::fromKronor(3)}).has_value());
    const auto seen = take(m_admin->auditLogOfNamnd(m_socn, 0));
    ASSERT_FALSE(seen.empty());
    for (const auto &e : seen)
        EXPECT_GT(e.id, 0) << "an uncommitted entry's temporary id is visible";
    EXPECT_EQ(seen.back().what, "Vuxna 21-64 år 2020-05 utfall_netto");
    ASSERT_TRUE((*slow)->exec("COMMIT").has_value());
    // The late commit comes after everything read before it.
    const auto tail = take(m_admin->auditLogOfNamnd(m_socn, seen.back().id));
    ASSERT_EQ(tail.size(), 1u);
    EXPECT_EQ(tail[0].what, "långsam");
    EXPECT_EQ(tail[0].who, "controller"); // the server's user, though the client wrote ''
    EXPECT_EQ(tail[0].id, seen.back().id + 1);
}

TEST_F(ServerStore, EachCommitNotifiesOncePerNamndAndYear)
{
    auto listener = Storage::PgConnection::connect(m_location.location());
    ASSERT_TRUE(listener.has_value());
    ASSERT_TRUE((*listener)->exec("LISTEN tertial_change").has_value());
    auto controller = as(controllerUser);
    ASSERT_TRUE(controller);
    // One transaction: three cells of 2020 and one of 2019.
    ASSERT_TRUE(controller
                    ->setFigures(std::vector<FigureChange>{{{m_vuxna, {}, 2020, 6, Measure::ActualNet}, Money::fromKronor(1)},
                                                           {{m_vuxna, {}, 2020, 7, Measure::ActualNet}, Money::fromKronor(1)},
                                                           {{m_vuxna, {}, 2020, 8, Measure::ActualNet}, Money::fromKronor(1)},
                                                           {{m_vuxna, {}, 2019, 8, Measure::ActualNet}, Money::fromKronor(1)}})
                    .has_value());
    std::multiset<std::string> payloads;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (payloads.size() < 2 && std::chrono::steady_clock::now() < deadline) {
        pollfd fd{(*listener)->socket(), POLLIN, 0};
        ::poll(&fd, 1, 100);
        for (const auto &n : take((*listener)->notifications()))
            payloads.insert(n.payload);
    }
    // A little longer: nothing more arrives.
    pollfd fd{(*listener)->socket(), POLLIN, 0};
    ::poll(&fd, 1, 300);
    for (const auto &n : take((*listener)->notifications()))
        payloads.insert(n.payload);
    const std::string socn = std::to_string(m_socn);
    EXPECT_EQ(payloads, (std::multiset<std::string>{socn + ":2019", socn + ":2020"}));
}

// A locked month shows the year's helår budget (and periodises it) and the year before's
// utfall to that month and to December (föregående år): the server freezes those with it, for
// a client that does not check (psql) as much as for Tertial. Seed 002 §2.1's locked oktober
// shows periodens budget 10/12 of the helår budget; changing the helår changes that month.
TEST_F(ServerStore, AMonthLockFreezesTheHelarBudgetAndLastYearsUtfallInTheServer)
{
    // The helår budget and last year's utfall, written before the lock.
    auto written = m_admin->setFigures(std::vector<FigureChange>{
        {{m_vuxna, {}, 2020, std::nullopt, Measure::Budget}, Money::fromThousands(-103'783)},
        {{m_vuxna, {}, 2019, 10, Measure::ActualNet}, Money::fromThousands(-80'000)},
        {{m_vuxna, {}, 2019, 12, Measure::ActualNet}, Money::fromThousands(-99'000)},
        {{m_vuxna, {}, 2019, 9, Measure::ActualNet}, Money::fromThousands(-70'000)}});
    ASSERT_TRUE(written.has_value()) << written.error().message;
    ASSERT_TRUE(m_admin->lockPeriod(m_socn, 2020, 10, "T2 rapporterad").has_value());

    // psql as the nämnd's controller: no statement gets past the server.
    auto psql = Storage::PgConnection::connect(m_location.server()->uri(controllerUser));
    ASSERT_TRUE(psql.has_value()) << psql.error().message;
    const std::string vuxna = std::to_string(m_vuxna);
    struct Refused
    {
        std::string sql;
        std::string message;
    };
    const std::vector<Refused> refused{
        {"UPDATE figure SET amount_ore = -83333300 WHERE verksamhet_id = " + vuxna + " AND year = 2020 AND measure = 'budget'",
         "perioden 2020-10 är låst och visar årets budget"},
        {"DELETE FROM figure WHERE verksamhet_id = " + vuxna + " AND year = 2020 AND measure = 'budget'",
         "perioden 2020-10 är låst och visar årets budget"},
        {"INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore) VALUES (" + vuxna +
             ", 2020, 0, 'budget_kostnader', '', -100)",
         "perioden 2020-10 är låst och visar årets budget"},
        {"INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore) VALUES (" + vuxna +
             ", 2020, 0, 'budget_intakter', '', 100)",
         "perioden 2020-10 är låst och visar årets budget"},
        {"UPDATE figure SET amount_ore = 1 WHERE verksamhet_id = " + vuxna + " AND year = 2019 AND month = 10",
         "perioden 2020-10 är låst och visar föregående års utfall"},
        {"UPDATE figure SET amount_ore = 1 WHERE verksamhet_id = " + vuxna + " AND year = 2019 AND month = 12",
         "perioden 2020-10 är låst och visar föregående års utfall"},
    };
    for (const Refused &r : refused) {
        auto ok = (*psql)->exec(r.sql);
        ASSERT_FALSE(ok.has_value()) << r.sql;
        EXPECT_EQ(ok.error().code, ErrorCode::Conflict) << r.sql;
        EXPECT_NE(ok.error().message.find(r.message), std::string::npos) << ok.error().message;
    }
    // Other months of last year, and next year's budget, are not shown by the locked month.
    EXPECT_TRUE((*psql)->exec("UPDATE figure SET amount_ore = -7000000 WHERE verksamhet_id = " + vuxna +
                              " AND year = 2019 AND month = 9")
                    .has_value());
    EXPECT_TRUE((*psql)->exec("INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore) VALUES (" +
                              vuxna + ", 2021, 0, 'budget', '', -100)")
                    .has_value());

    // Through the store as well (the client on this engine relies on the server for the rule).
    auto controller = as(controllerUser);
    ASSERT_TRUE(controller);
    const FigureKey budget{m_vuxna, {}, 2020, std::nullopt, Measure::Budget};
    auto edit = controller->setFigure(FigureChange{budget, Money::fromThousands(-1'000'000), take(controller->figureState(budget)).version});
    ASSERT_FALSE(edit.has_value());
    EXPECT_EQ(edit.error().code, ErrorCode::Conflict) << edit.error().message;
    EXPECT_EQ(take(m_admin->figureState(budget)).amount, Money::fromThousands(-103'783));

    // Unlocked, the same edit goes through.
    ASSERT_TRUE(m_admin->unlockPeriod(m_socn, 2020, 10, "rättelse").has_value());
    EXPECT_TRUE(controller->setFigure(FigureChange{budget, Money::fromThousands(-1'000'000), take(controller->figureState(budget)).version})
                    .has_value());
}
