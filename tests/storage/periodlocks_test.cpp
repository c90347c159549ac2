// SPDX-License-Identifier: GPL-3.0-or-later
// A lock freezes every figure its period shows; reasons must say something; an import's utfall
// netto must agree with the stored split. On both engines: the rules are SqlStore's; on the
// server its triggers hold them as well, for writes that do not come through Tertial.
#include "common/teststores.h"

#include "storage/openstore.h"

#include <gtest/gtest.h>

using namespace Tertial;
using Core::Money;
using Storage::FigureChange;
using Storage::FigureKey;
using Storage::Measure;
using TestUtil::TempDir;
using TestUtil::take;

namespace {

const Storage::NamndRef socn{"0182", "SOCN"};

class PeriodLocks : public ::testing::TestWithParam<Storage::Engine>
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
        batch.verksamheter.push_back({{}, socn, "Barn och unga", 1, false, "linjär"});
        batch.verksamheter.push_back({{}, socn, "Vuxna", 2, false, "linjär"});
        // seed 002 §2.1, Barn och unga: budget helår −103 783, utfall intäkter 3 970 and
        // kostnader −92 522 to oktober (netto −88 552); periodens budget 10/12 of helår = −86 486.
        batch.figures.push_back({{"s.csv", 2}, socn, "Barn och unga", "", 2017, std::nullopt, Measure::Budget,
                                 Money::fromThousands(-103'783)});
        batch.figures.push_back({{"s.csv", 3}, socn, "Barn och unga", "", 2017, 10, Measure::ActualIncome,
                                 Money::fromThousands(3'970)});
        batch.figures.push_back({{"s.csv", 4}, socn, "Barn och unga", "", 2017, 10, Measure::ActualCost,
                                 Money::fromThousands(-92'522)});
        batch.figures.push_back({{"s.csv", 5}, socn, "Vuxna", "", 2016, 10, Measure::ActualNet,
                                 Money::fromThousands(-30'000)});
        ASSERT_TRUE(m_store->apply(batch).has_value());
        m_namnd = (*m_store->findNamnd("0182", "SOCN"))->id;
        for (const auto &v : take(m_store->verksamheter(m_namnd)))
            m_ids[v.path] = v.id;
        ASSERT_TRUE(m_store->lockPeriod(m_namnd, 2017, 10, "månadsrapport oktober beslutad").has_value());
    }

    Core::Result<Storage::ImportSummary> importRow(const std::string &path, int year, std::optional<int> month,
                                                   Measure measure, Money amount)
    {
        Storage::ImportBatch batch;
        batch.figures.push_back({{"ny.csv", 2}, socn, path, "", year, month, measure, amount});
        return m_store->apply(batch);
    }

    TestUtil::TestLocation m_location{GetParam()};
    std::string m_path = m_location.location();
    std::unique_ptr<Storage::SqlStore> m_store;
    Storage::Id m_namnd = 0;
    std::map<std::string, Storage::Id> m_ids;
};

} // namespace

// Before: only figures of month 10 itself were refused; a new helår budget went through and the
// locked oktober showed periodens budget −833 333 instead of −86 486.
TEST_P(PeriodLocks, AMonthLockFreezesTheHelarBudgetItShows)
{
    const std::string before = TestUtil::snapshot(m_path);
    const FigureKey budget{m_ids.at("Barn och unga"), "", 2017, std::nullopt, Measure::Budget};
    auto edited = m_store->setFigure(FigureChange{budget, Money::fromThousands(-1'000'000)});
    ASSERT_FALSE(edited.has_value());
    EXPECT_EQ(edited.error().code, Core::ErrorCode::Conflict);
    EXPECT_EQ(edited.error().message,
              "Barn och unga 2017 budget: perioden 2017-10 är låst och visar årets budget; lås upp den innan du ändrar");
    auto cleared = m_store->setFigure(FigureChange{budget, std::nullopt});
    EXPECT_FALSE(cleared.has_value());
    auto imported = importRow("Barn och unga", 2017, std::nullopt, Measure::Budget, Money::fromThousands(-1'000'000));
    ASSERT_FALSE(imported.has_value());
    EXPECT_EQ(imported.error().message, "ny.csv:2: Barn och unga 2017 budget: perioden 2017-10 är låst och visar "
                                        "årets budget; lås upp den innan du ändrar");
    EXPECT_EQ(TestUtil::snapshot(m_path), before);

    // The helår budget's split (budget_intakter, budget_kostnader) is the same budget: the locked
    // month periodises it into its Budget intäkter and Budget kostnader (seed 001 §3.1's columns).
    for (const Measure part : {Measure::BudgetIncome, Measure::BudgetCost}) {
        const FigureKey split{m_ids.at("Barn och unga"), "", 2017, std::nullopt, part};
        auto refused = m_store->setFigure(FigureChange{split, Money::fromThousands(-1)});
        ASSERT_FALSE(refused.has_value()) << Storage::measureCode(part);
        EXPECT_EQ(refused.error().code, Core::ErrorCode::Conflict);
        EXPECT_NE(refused.error().message.find("perioden 2017-10 är låst och visar årets budget"), std::string::npos)
            << refused.error().message;
        EXPECT_FALSE(importRow("Barn och unga", 2017, std::nullopt, part, Money::fromThousands(-1)).has_value());
    }
    EXPECT_EQ(TestUtil::snapshot(m_path), before);

    // Another year's budget, and this year's once unlocked, may change.
    EXPECT_TRUE(importRow("Barn och unga", 2018, std::nullopt, Measure::Budget, Money::fromThousands(-1)).has_value());
    ASSERT_TRUE(m_store->unlockPeriod(m_namnd, 2017, 10, "rättelse av budgeten").has_value());
    EXPECT_TRUE(m_store->setFigure(FigureChange{budget, Money::fromThousands(-1'000'000)}).has_value());
}

TEST_P(PeriodLocks, AMonthLockFreezesLastYearsUtfallItComparesWith)
{
    // oktober 2017 shows utfall 2016 to oktober (föregående år); forecasts use 2016 to december.
    for (const int month : {10, 12}) {
        auto refused = importRow("Vuxna", 2016, month, Measure::ActualNet, Money::fromThousands(-31'000));
        ASSERT_FALSE(refused.has_value()) << month;
        EXPECT_EQ(refused.error().message,
                  "ny.csv:2: Vuxna 2016-" + std::to_string(month) +
                      " utfall_netto: perioden 2017-10 är låst och visar föregående års utfall; lås upp den innan du ändrar");
    }
    // Other months of 2016, and last year's budget, are not shown.
    EXPECT_TRUE(importRow("Vuxna", 2016, 9, Measure::ActualNet, Money::fromThousands(-27'000)).has_value());
    EXPECT_TRUE(importRow("Vuxna", 2016, std::nullopt, Measure::Budget, Money::fromThousands(-36'000)).has_value());
    // A lock of the whole year 2017 shows every month of 2016.
    ASSERT_TRUE(m_store->lockPeriod(m_namnd, 2017, std::nullopt, "bokslut").has_value());
    EXPECT_FALSE(importRow("Vuxna", 2016, 3, Measure::ActualNet, Money::fromThousands(-9'000)).has_value());
}

TEST_P(PeriodLocks, APeriodiseringOrMemoChangeThatRecomputesALockedPeriodIsRefused)
{
    Storage::ImportBatch profile;
    profile.verksamheter.push_back({{"v.csv", 3}, socn, "Barn och unga", 1, false, "8 8 8 8 8 8 4 4 8 8 8 8"});
    auto refused = m_store->apply(profile);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message, "v.csv:3: Barn och unga: periodisering: perioden 2017-10 är låst och visar siffror "
                                       "som ändringen räknar om; lås upp den innan du ändrar");
    Storage::ImportBatch memo;
    memo.verksamheter.push_back({{"v.csv", 4}, socn, "Barn och unga", 1, true, "linjär"});
    EXPECT_FALSE(m_store->apply(memo).has_value());
    // Vuxna has no budget in a locked year: its periodisering may change; so may any order.
    Storage::ImportBatch fine;
    fine.verksamheter.push_back({{"v.csv", 5}, socn, "Vuxna", 1, false, "dagar"});
    fine.verksamheter.push_back({{"v.csv", 6}, socn, "Barn och unga", 2, false, "linjär"});
    auto applied = m_store->apply(fine);
    EXPECT_TRUE(applied.has_value()) << applied.error().message;
}

// Before: a blank reason was accepted by the store, the CLI and the workbench.
TEST_P(PeriodLocks, LockAndUnlockRefuseABlankReason)
{
    for (const std::string blank : {"", "   ", "\t\n", "\xC2\xA0 "}) {
        auto locked = m_store->lockPeriod(m_namnd, 2017, 11, blank);
        ASSERT_FALSE(locked.has_value());
        EXPECT_EQ(locked.error().code, Core::ErrorCode::MissingInput);
        EXPECT_EQ(locked.error().message, "perioden 2017-11: skriv varför den låses (orsaken står i ändringsloggen)");
        auto unlocked = m_store->unlockPeriod(m_namnd, 2017, 10, blank);
        ASSERT_FALSE(unlocked.has_value());
        EXPECT_EQ(unlocked.error().message, "perioden 2017-10: skriv varför den låses upp (orsaken står i ändringsloggen)");
    }
    auto locks = take(m_store->periodLocks(m_namnd));
    ASSERT_EQ(locks.size(), 1u);
    EXPECT_EQ(locks[0].month, std::optional<int>(10));
}

// Before: an utfall_netto that contradicted the stored intäkter and kostnader was stored beside them.
TEST_P(PeriodLocks, AnImportedNettoMustAgreeWithTheStoredSplit)
{
    ASSERT_TRUE(m_store->unlockPeriod(m_namnd, 2017, 10, "rättelse").has_value());
    const std::string before = TestUtil::snapshot(m_path);
    auto refused = importRow("Barn och unga", 2017, 10, Measure::ActualNet, Money::fromThousands(-88'553));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, Core::ErrorCode::Conflict);
    EXPECT_EQ(refused.error().message,
              "ny.csv:2: Barn och unga 2017-10 utfall_netto: -88 553 000 kr stämmer inte med lagrade utfall_intakter "
              "3 970 000 kr + utfall_kostnader -92 522 000 kr = -88 552 000 kr; förväntade samma netto, eller att "
              "intäkter och kostnader ändras i samma import");
    EXPECT_EQ(TestUtil::snapshot(m_path), before);
    // The netto that agrees is taken; then a split that contradicts it is refused the same way.
    ASSERT_TRUE(importRow("Barn och unga", 2017, 10, Measure::ActualNet, Money::fromThousands(-88'552)).has_value());
    auto split = importRow("Barn och unga", 2017, 10, Measure::ActualCost, Money::fromThousands(-92'521));
    ASSERT_FALSE(split.has_value());
    EXPECT_EQ(split.error().message,
              "ny.csv:2: Barn och unga 2017-10 utfall_kostnader: utfall_intakter 3 970 000 kr + utfall_kostnader "
              "-92 521 000 kr = -88 551 000 kr stämmer inte med lagrat utfall_netto -88 552 000 kr; förväntade samma "
              "netto, eller att netto ändras i samma import");
    // All three changed together, consistently, is a correction.
    Storage::ImportBatch all;
    all.figures.push_back({{"r.csv", 2}, socn, "Barn och unga", "", 2017, 10, Measure::ActualCost, Money::fromThousands(-92'521)});
    all.figures.push_back({{"r.csv", 3}, socn, "Barn och unga", "", 2017, 10, Measure::ActualNet, Money::fromThousands(-88'551)});
    EXPECT_TRUE(m_store->apply(all).has_value());
}

// Before: the import refused a contradicting netto, a typed one was stored beside the split.
// setFigure, setFigures and writeFigures pass through the same rule as the import.
TEST_P(PeriodLocks, ATypedNettoMustAgreeWithTheStoredSplit)
{
    ASSERT_TRUE(m_store->unlockPeriod(m_namnd, 2017, 10, "rättelse").has_value());
    const Storage::Id barn = m_ids.at("Barn och unga");
    const FigureKey net{barn, "", 2017, 10, Measure::ActualNet};
    const FigureKey income{barn, "", 2017, 10, Measure::ActualIncome};
    const FigureKey cost{barn, "", 2017, 10, Measure::ActualCost};
    const std::string before = TestUtil::snapshot(m_path);
    auto refused = m_store->setFigure(FigureChange{net, Money::fromThousands(-88'553)});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, Core::ErrorCode::Conflict);
    EXPECT_EQ(refused.error().message,
              "Barn och unga 2017-10 utfall_netto: -88 553 000 kr stämmer inte med lagrade utfall_intakter 3 970 000 kr "
              "+ utfall_kostnader -92 522 000 kr = -88 552 000 kr; förväntade samma netto, eller att intäkter och "
              "kostnader ändras i samma ändring");
    EXPECT_EQ(TestUtil::snapshot(m_path), before);
    // The netto that agrees is taken (seed 002 §2.1: 3 970 − 92 522 = −88 552).
    ASSERT_TRUE(m_store->setFigure(FigureChange{net, Money::fromThousands(-88'552)}).has_value());
    const std::string agreed = TestUtil::snapshot(m_path);
    // A part that no longer adds up to the stored netto is refused, by writeFigures too.
    const std::vector<FigureChange> costOnly{FigureChange{cost, Money::fromThousands(-92'521)}};
    auto split = m_store->writeFigures(costOnly);
    ASSERT_FALSE(split.has_value());
    EXPECT_EQ(split.error().message,
              "Barn och unga 2017-10 utfall_kostnader: utfall_intakter 3 970 000 kr + utfall_kostnader -92 521 000 kr "
              "= -88 551 000 kr stämmer inte med lagrat utfall_netto -88 552 000 kr; förväntade samma netto, eller att "
              "netto ändras i samma ändring");
    EXPECT_EQ(TestUtil::snapshot(m_path), agreed);
    // Two parts of one edit that disagree with each other are refused whichever comes first.
    const std::vector<FigureChange> both{FigureChange{cost, Money::fromThousands(-92'521)},
                                         FigureChange{net, Money::fromThousands(-88'550)}};
    auto wrong = m_store->setFigures(both);
    ASSERT_FALSE(wrong.has_value());
    EXPECT_EQ(wrong.error().message, "Barn och unga 2017-10 utfall_netto: -88 550 000 kr stämmer inte med "
                                     "utfall_intakter 3 970 000 kr + utfall_kostnader -92 521 000 kr = -88 551 000 kr");
    EXPECT_EQ(TestUtil::snapshot(m_path), agreed);
    // The part and the netto changed together, consistently, is a correction.
    const std::vector<FigureChange> corrected{FigureChange{cost, Money::fromThousands(-92'521)},
                                              FigureChange{net, Money::fromThousands(-88'551)}};
    ASSERT_TRUE(m_store->setFigures(corrected).has_value());
    // Without a netto stored, a part alone is taken.
    ASSERT_TRUE(m_store->setFigure(FigureChange{net, std::nullopt}).has_value());
    ASSERT_TRUE(m_store->setFigure(FigureChange{income, Money::fromThousands(3'971)}).has_value());
}

// The COPY path of a big import on the server goes through the same rule (on SQLite, row by row).
TEST_P(PeriodLocks, ANettoImportedByCopyMustAgreeWithTheStoredSplit)
{
    ASSERT_TRUE(m_store->unlockPeriod(m_namnd, 2017, 10, "rättelse").has_value());
    m_store->setCopyImportMinRows(0); // every import by COPY where the engine has it
    Storage::ImportBatch batch;
    for (int month = 1; month <= 12; ++month)
        batch.figures.push_back({{"stor.csv", 1 + month}, socn, "Vuxna", "", 2015, month, Measure::Forecast,
                                 Money::fromThousands(-2'500)});
    batch.figures.push_back({{"stor.csv", 14}, socn, "Barn och unga", "", 2017, 10, Measure::ActualNet,
                             Money::fromThousands(-88'553)});
    const std::string before = TestUtil::snapshot(m_path);
    auto refused = m_store->apply(batch);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message,
              "stor.csv:14: Barn och unga 2017-10 utfall_netto: -88 553 000 kr stämmer inte med lagrade utfall_intakter "
              "3 970 000 kr + utfall_kostnader -92 522 000 kr = -88 552 000 kr; förväntade samma netto, eller att "
              "intäkter och kostnader ändras i samma import");
    EXPECT_EQ(TestUtil::snapshot(m_path), before);
}

// The server's own triggers freeze the same figures for a write that bypasses Tertial (psql, a
// script): the helår budget and last year's utfall that the locked oktober 2017 shows.
TEST_P(PeriodLocks, OnTheServerTheTriggersFreezeWhatALockedMonthShows)
{
    if (GetParam() != Storage::Engine::Postgres)
        GTEST_SKIP() << "a server rule";
    Storage::Connection &db = m_store->connection();
    const std::string barn = std::to_string(m_ids.at("Barn och unga"));
    const std::string vuxna = std::to_string(m_ids.at("Vuxna"));
    for (const std::string &sql : {
             "UPDATE figure SET amount_ore = -1 WHERE verksamhet_id = " + barn + " AND year = 2017 AND measure = 'budget'",
             "INSERT INTO figure VALUES (" + vuxna + ", 2016, 12, 'utfall_netto', '', -1)",
             "UPDATE figure SET amount_ore = -1 WHERE verksamhet_id = " + vuxna + " AND year = 2016 AND month = 10",
             "INSERT INTO ledger_figure VALUES (" + barn + ", 2017, 0, 'budget', '', -1)",
             "UPDATE verksamhet SET periodisation = 'dagar' WHERE id = " + barn,
         }) {
        auto refused = db.exec(sql);
        ASSERT_FALSE(refused.has_value()) << sql;
        EXPECT_NE(refused.error().message.find("är låst"), std::string::npos) << sql << ": " << refused.error().message;
        EXPECT_EQ(db.lastErrorKind(), Storage::SqlErrorKind::Raised) << sql;
    }
    // What the lock does not show stays open: another month of 2016, another year's budget, a
    // periodisering without budgets in a locked year.
    for (const std::string &sql : {
             "INSERT INTO figure VALUES (" + vuxna + ", 2016, 9, 'utfall_netto', '', -1)",
             "INSERT INTO figure VALUES (" + barn + ", 2018, 0, 'budget', '', -1)",
             "UPDATE verksamhet SET periodisation = 'dagar' WHERE id = " + vuxna,
         }) {
        auto ok = db.exec(sql);
        EXPECT_TRUE(ok.has_value()) << sql << ": " << (ok ? std::string() : ok.error().message);
    }
}

INSTANTIATE_TEST_SUITE_P(Engines, PeriodLocks, ::testing::Values(Storage::Engine::Sqlite, Storage::Engine::Postgres),
                         TestUtil::engineParamName);
