// SPDX-License-Identifier: GPL-3.0-or-later
// Two workbenches on one server database (seed 002 §2.1, Nacka Socialnämnden oktober 2017):
// one sees the other's commits within a second without losing the cell it is typing in, a
// stale edit becomes a conflict shown at its cell, and a dropped connection keeps what is typed
// and writes it once the server is back.
#include "seed002fixture.h"

#include "common/teststores.h"

#include "models/auditlogmodel.h"
#include "models/economictablemodel.h"
#include "models/liveupdates.h"
#include "storage/pgstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace Tertial::Test {
namespace {

using Column = Models::EconomicTableModel::Column;
using Core::Money;
using Storage::Measure;
using TestUtil::take;

// Fast enough for a test: look every 50 ms, a heartbeat and a reconnect attempt every 200 ms.
const Models::LiveSettings kFast{50, 10, 200, 200};

class LiveDocument : public testing::Test
{
protected:
    void SetUp() override
    {
        TERTIAL_REQUIRE_ENGINE(m_location);
        auto created = Storage::openStore(m_location.location(), Storage::OpenMode::Create);
        ASSERT_TRUE(created.has_value()) << created.error().message;
        auto namnd = writeSeed002(**created, false);
        ASSERT_TRUE(namnd.has_value()) << namnd.error().message;
        m_namnd = *namnd;
        m_anna = open("anna");
        m_bo = open("bo");
        ASSERT_TRUE(m_anna && m_bo);
    }

    std::unique_ptr<Models::Document> open(const std::string &user)
    {
        auto store = m_location.openAs(user);
        EXPECT_TRUE(store.has_value()) << store.error().message;
        if (!store)
            return nullptr;
        auto document = std::make_unique<Models::Document>(std::move(*store));
        auto selected = document->select({"0182", m_namnd, kSeed002Year, kSeed002Period});
        EXPECT_TRUE(selected.has_value()) << selected.error().message;
        return document;
    }

    Storage::FigureKey key(Models::Document &document, const std::string &name, Measure measure)
    {
        return document.keyFor(verksamhetId(document, name), measure);
    }

    // The pid of a client's server session (to drop it from outside, as a network would).
    static int backendPid(Models::Document &document)
    {
        return dynamic_cast<Storage::PgStore &>(document.store()).session().backendPid;
    }

    TestUtil::TestLocation m_location{Storage::Engine::Postgres};
    Storage::Id m_namnd = 0;
    std::unique_ptr<Models::Document> m_anna;
    std::unique_ptr<Models::Document> m_bo;
};

TEST_F(LiveDocument, AnotherClientsEditShowsWithinASecondWithoutAReset)
{
    Models::EconomicTableModel table(m_bo.get());
    Models::AuditLogModel log(m_bo.get());
    m_bo->startLiveUpdates(kFast);
    ASSERT_TRUE(m_bo->liveUpdates());
    QSignalSpy reset(&table, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    const int logRows = log.rowCount();

    // seed 002 §2.1: Vuxna 21-64 år utfall kostnader −46 091 tkr; Anna corrects it.
    const Storage::FigureKey vuxna = key(*m_anna, "Vuxna 21-64 år", Measure::ActualCost);
    ASSERT_EQ(m_bo->storedFigure(vuxna), Money::fromThousands(-46'091));
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(m_anna->editFigures({{vuxna, Money::fromThousands(-46'191)}}, QStringLiteral("Ändra")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_bo->storedFigure(vuxna) == Money::fromThousands(-46'191); }, 1000))
        << "not refreshed within a second";
    std::cout << "seen after " << clock.elapsed() << " ms\n";
    const QModelIndex cell = table.indexOf(vuxna.verksamhetId, Column::ActualCost);
    EXPECT_EQ(cell.data(Models::EconomicTableModel::RawValueRole).toLongLong(), Money::fromThousands(-46'191).ore());
    EXPECT_EQ(reset.count(), 0);
    EXPECT_GT(changed.count(), 0);
    // The Ändringslogg gains Anna's row at the top.
    EXPECT_TRUE(QTest::qWaitFor([&] { return log.rowCount() == logRows + 1; }, 1000));
    EXPECT_EQ(log.index(0, static_cast<int>(Models::AuditLogModel::Column::Who)).data().toString(), QStringLiteral("anna"));
}

TEST_F(LiveDocument, TheCellBeingEditedKeepsWhatWasReadAndAStaleEditIsAConflict)
{
    Models::EconomicTableModel table(m_bo.get());
    m_bo->startLiveUpdates(kFast);
    const Storage::FigureKey barn = key(*m_bo, "Barn och unga", Measure::ActualCost);
    const Storage::FigureKey vuxna = key(*m_bo, "Vuxna 21-64 år", Measure::ActualCost);
    // Bo starts typing in Barn och unga (seed 002 §2.1: −92 522 tkr) ...
    m_bo->setEditingCell(barn);
    // ... while Anna changes that cell and another one.
    ASSERT_TRUE(m_anna->editFigures({{barn, Money::fromThousands(-92'600)}, {vuxna, Money::fromThousands(-46'100)}},
                                    QStringLiteral("Klistra in")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_bo->storedFigure(vuxna) == Money::fromThousands(-46'100); }, 1000));
    EXPECT_EQ(m_bo->storedFigure(barn), Money::fromThousands(-92'522)); // as Bo read it
    // Bo's edit is based on what he read: refused, and shown as a conflict at the cell.
    QSignalSpy occurred(m_bo.get(), &Models::Document::conflictOccurred);
    auto stale = m_bo->editFigures({{barn, Money::fromThousands(-92'700)}}, QStringLiteral("Ändra"));
    m_bo->setEditingCell(std::nullopt);
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, Core::ErrorCode::Conflict);
    ASSERT_EQ(occurred.count(), 1);
    const Models::FigureConflict *conflict = m_bo->conflictAt(barn);
    ASSERT_NE(conflict, nullptr);
    EXPECT_EQ(conflict->who, "anna");
    EXPECT_EQ(m_bo->storedFigure(barn), Money::fromThousands(-92'600)); // theirs, shown
    const QModelIndex cell = table.indexOf(barn.verksamhetId, Column::ActualCost);
    EXPECT_EQ(cell.data(Models::EconomicTableModel::ConflictRole).toInt(), conflict->id);
    EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("anna")));
    EXPECT_EQ(m_bo->undoStack()->count(), 0);

    // Bo applies his value after all: written over Anna's, one undo step, and the mark goes.
    ASSERT_TRUE(m_bo->resolveConflict(conflict->id, Models::Document::Resolution::ApplyMine));
    EXPECT_EQ(m_bo->conflictAt(barn), nullptr);
    EXPECT_EQ(m_bo->undoStack()->count(), 1);
    auto admin = Storage::openStore(m_location.location());
    ASSERT_TRUE(admin.has_value());
    EXPECT_EQ(take((*admin)->figureState(barn)).amount, Money::fromThousands(-92'700));
    EXPECT_EQ(take((*admin)->figureState(barn)).changedBy, "bo");
}

TEST_F(LiveDocument, KeepingTheirsLeavesTheirValue)
{
    const Storage::FigureKey barn = key(*m_bo, "Barn och unga", Measure::ActualCost);
    ASSERT_TRUE(m_anna->editFigures({{barn, Money::fromThousands(-92'600)}}, QStringLiteral("Ändra")));
    ASSERT_FALSE(m_bo->editFigures({{barn, Money::fromThousands(-92'700)}}, QStringLiteral("Ändra")).has_value());
    ASSERT_EQ(m_bo->conflicts().size(), 1u);
    ASSERT_TRUE(m_bo->resolveConflict(m_bo->conflicts().front().id, Models::Document::Resolution::TakeTheirs));
    EXPECT_TRUE(m_bo->conflicts().empty());
    EXPECT_EQ(m_bo->storedFigure(barn), Money::fromThousands(-92'600));
    // Undoing Anna's step now would overwrite nothing of Bo's: it goes through.
    m_anna->undoStack()->undo();
    EXPECT_TRUE(m_anna->conflicts().empty());
    EXPECT_EQ(m_anna->storedFigure(barn), Money::fromThousands(-92'522));
}

TEST_F(LiveDocument, UndoNeverOverwritesSomeoneElsesLaterChange)
{
    const Storage::FigureKey barn = key(*m_anna, "Barn och unga", Measure::ActualCost);
    ASSERT_TRUE(m_anna->editFigures({{barn, Money::fromThousands(-92'600)}}, QStringLiteral("Ändra")));
    m_bo->startLiveUpdates(kFast);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_bo->refresh().has_value() && m_bo->storedFigure(barn) == Money::fromThousands(-92'600); }, 1000));
    ASSERT_TRUE(m_bo->editFigures({{barn, Money::fromThousands(-92'650)}}, QStringLiteral("Ändra")));
    QSignalSpy errors(m_anna.get(), &Models::Document::errorOccurred);
    m_anna->undoStack()->undo(); // would put −92 522 back over Bo's −92 650
    EXPECT_EQ(errors.count(), 1);
    ASSERT_EQ(m_anna->conflicts().size(), 1u);
    auto admin = Storage::openStore(m_location.location());
    EXPECT_EQ(take((*admin)->figureState(barn)).amount, Money::fromThousands(-92'650));
}

TEST_F(LiveDocument, ADroppedConnectionIsNoticedAndWhatIsTypedMeanwhileIsWrittenWhenItIsBack)
{
    Models::EconomicTableModel table(m_bo.get());
    m_bo->startLiveUpdates(kFast);
    Models::LiveUpdates *live = m_bo->liveUpdates();
    ASSERT_TRUE(live);
    QSignalSpy connection(live, &Models::LiveUpdates::connectionChanged);
    const int before = backendPid(*m_bo);
    // The server ends Bo's session (a restart, a network cut): the heartbeat notices.
    TestUtil::execute(m_location.location(), "SELECT pg_terminate_backend(" + std::to_string(before) + ")");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !connection.isEmpty(); }, 2000)) << "the drop went unnoticed";
    EXPECT_FALSE(connection.first().at(0).toBool());
    // Typed while the connection is down: kept, shown, marked, and undoable.
    const Storage::FigureKey vuxna = key(*m_bo, "Vuxna 21-64 år", Measure::ActualCost);
    auto typed = m_bo->editFigures({{vuxna, Money::fromThousands(-46'500)}}, QStringLiteral("Ändra"));
    if (live->isConnected()) {
        // Reconnected already (the test machine is quick): the edit went straight in.
        ASSERT_TRUE(typed.has_value()) << typed.error().message;
    } else {
        ASSERT_TRUE(typed.has_value()) << typed.error().message;
        EXPECT_EQ(m_bo->storedFigure(vuxna), Money::fromThousands(-46'500));
    }
    // Back: connected again on a new session, and the edit is on the server.
    ASSERT_TRUE(QTest::qWaitFor([&] { return live->isConnected() && m_bo->pendingCount() == 0; }, 3000));
    EXPECT_NE(backendPid(*m_bo), before);
    auto admin = Storage::openStore(m_location.location());
    ASSERT_TRUE(admin.has_value());
    EXPECT_EQ(take((*admin)->figureState(vuxna)).amount, Money::fromThousands(-46'500));
    EXPECT_EQ(m_bo->undoStack()->count(), 1);
}

TEST_F(LiveDocument, EditsTypedWhileTheServerIsAwayWaitAndConflictIfSomeoneWroteMeanwhile)
{
    // Bo's connection is down long enough to type two cells; Anna changes one of them meanwhile.
    m_bo->startLiveUpdates(Models::LiveSettings{50, 10, 200, 60'000}); // no reconnect during the test's typing
    Models::LiveUpdates *live = m_bo->liveUpdates();
    TestUtil::execute(m_location.location(), "SELECT pg_terminate_backend(" + std::to_string(backendPid(*m_bo)) + ")");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !live->isConnected(); }, 2000));
    const Storage::FigureKey barn = key(*m_bo, "Barn och unga", Measure::ActualCost);
    const Storage::FigureKey vuxna = key(*m_bo, "Vuxna 21-64 år", Measure::ActualCost);
    ASSERT_TRUE(m_bo->editFigures({{barn, Money::fromThousands(-92'700)}}, QStringLiteral("Ändra")));
    ASSERT_TRUE(m_bo->editFigures({{vuxna, Money::fromThousands(-46'500)}}, QStringLiteral("Ändra")));
    EXPECT_EQ(m_bo->pendingCount(), 2);
    EXPECT_TRUE(m_bo->isPending(barn));
    ASSERT_TRUE(m_anna->editFigures({{barn, Money::fromThousands(-92'600)}}, QStringLiteral("Ändra")));

    // The server is back (the test calls what the reconnect timer would).
    ASSERT_TRUE(m_bo->store().changeFeed()->reconnect().has_value());
    ASSERT_TRUE(m_bo->flushPending().has_value());
    EXPECT_EQ(m_bo->pendingCount(), 0);
    auto admin = Storage::openStore(m_location.location());
    EXPECT_EQ(take((*admin)->figureState(vuxna)).amount, Money::fromThousands(-46'500)); // written
    EXPECT_EQ(take((*admin)->figureState(barn)).amount, Money::fromThousands(-92'600)); // Anna's stands
    ASSERT_NE(m_bo->conflictAt(barn), nullptr);                                         // and Bo is asked
    EXPECT_EQ(m_bo->storedFigure(barn), Money::fromThousands(-92'600));
}

// Two offline edits of one cell, someone else's change in between: the second edit is based on
// what Bo saw when typing (not on Anna's version that the first one's conflict brought in), so
// it is a conflict too, and the cell has one conflict, the latest edit's.
TEST_F(LiveDocument, EveryOfflineEditOfACellSomeoneChangedMeanwhileIsAConflict)
{
    m_bo->startLiveUpdates(Models::LiveSettings{50, 10, 200, 60'000});
    Models::LiveUpdates *live = m_bo->liveUpdates();
    TestUtil::execute(m_location.location(), "SELECT pg_terminate_backend(" + std::to_string(backendPid(*m_bo)) + ")");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !live->isConnected(); }, 2000));
    const Storage::FigureKey barn = key(*m_bo, "Barn och unga", Measure::ActualCost);
    ASSERT_TRUE(m_bo->editFigures({{barn, Money::fromThousands(-92'700)}}, QStringLiteral("Ändra")));
    ASSERT_TRUE(m_bo->editFigures({{barn, Money::fromThousands(-92'800)}}, QStringLiteral("Ändra")));
    ASSERT_TRUE(m_anna->editFigures({{barn, Money::fromThousands(-92'600)}}, QStringLiteral("Ändra")));

    ASSERT_TRUE(m_bo->store().changeFeed()->reconnect().has_value());
    ASSERT_TRUE(m_bo->flushPending().has_value());
    auto admin = Storage::openStore(m_location.location());
    EXPECT_EQ(take((*admin)->figureState(barn)).amount, Money::fromThousands(-92'600)); // Anna's stands
    ASSERT_EQ(m_bo->conflicts().size(), 1u);
    ASSERT_EQ(m_bo->conflicts()[0].mine.size(), 1u);
    EXPECT_EQ(m_bo->conflicts()[0].mine[0].amount, Money::fromThousands(-92'800)); // "use mine" = the latest
}

// An edit typed offline and written on reconnect, then changed by Anna: Bo's undo must not put
// his old value back over hers (the step never learnt the version its write got).
TEST_F(LiveDocument, UndoOfAnOfflineEditNeverOverwritesALaterChange)
{
    m_bo->startLiveUpdates(Models::LiveSettings{50, 10, 200, 60'000});
    Models::LiveUpdates *live = m_bo->liveUpdates();
    TestUtil::execute(m_location.location(), "SELECT pg_terminate_backend(" + std::to_string(backendPid(*m_bo)) + ")");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !live->isConnected(); }, 2000));
    const Storage::FigureKey vuxna = key(*m_bo, "Vuxna 21-64 år", Measure::ActualCost);
    ASSERT_TRUE(m_bo->editFigures({{vuxna, Money::fromThousands(-46'500)}}, QStringLiteral("Ändra")));
    ASSERT_TRUE(m_bo->store().changeFeed()->reconnect().has_value());
    ASSERT_TRUE(m_bo->flushPending().has_value());
    ASSERT_TRUE(m_anna->refresh().has_value());
    ASSERT_TRUE(m_anna->editFigures({{vuxna, Money::fromThousands(-46'400)}}, QStringLiteral("Ändra")));
    ASSERT_TRUE(m_bo->refresh().has_value());
    EXPECT_EQ(m_bo->storedFigure(vuxna), Money::fromThousands(-46'400));

    m_bo->undoStack()->undo();
    auto admin = Storage::openStore(m_location.location());
    EXPECT_EQ(take((*admin)->figureState(vuxna)).amount, Money::fromThousands(-46'400)); // Anna's stands
    EXPECT_EQ(m_bo->conflicts().size(), 1u);
}

// Undone before anyone else touched it, the same offline edit is taken back normally.
TEST_F(LiveDocument, UndoOfAnOfflineEditWorksWhenNobodyChangedTheCell)
{
    m_bo->startLiveUpdates(Models::LiveSettings{50, 10, 200, 60'000});
    Models::LiveUpdates *live = m_bo->liveUpdates();
    const Storage::FigureKey vuxna = key(*m_bo, "Vuxna 21-64 år", Measure::ActualCost);
    const auto original = m_bo->storedFigure(vuxna);
    TestUtil::execute(m_location.location(), "SELECT pg_terminate_backend(" + std::to_string(backendPid(*m_bo)) + ")");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !live->isConnected(); }, 2000));
    ASSERT_TRUE(m_bo->editFigures({{vuxna, Money::fromThousands(-46'500)}}, QStringLiteral("Ändra")));
    ASSERT_TRUE(m_bo->store().changeFeed()->reconnect().has_value());
    ASSERT_TRUE(m_bo->flushPending().has_value());
    m_bo->undoStack()->undo();
    auto admin = Storage::openStore(m_location.location());
    EXPECT_EQ(take((*admin)->figureState(vuxna)).amount, original);
    EXPECT_TRUE(m_bo->conflicts().empty());
}

} // namespace
} // namespace Tertial::Test
