// SPDX-License-Identifier: GPL-3.0-or-later
// Writing figures, comments, forecast methods and locks: one transaction each, every change audited.
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

class StoreWrite : public ::testing::TestWithParam<Storage::Engine>
{
protected:
    void SetUp() override
    {
        TERTIAL_REQUIRE_ENGINE(m_location);
        auto created = Storage::openStore(m_path, Storage::OpenMode::Create);
        ASSERT_TRUE(created.has_value()) << created.error().message;
        m_store = std::move(*created);
        m_store->setUser("controller");
        m_store->setClock([] { return std::string("2026-11-22T10:00:00Z"); });
        Storage::ImportBatch batch;
        batch.kommuner.push_back({"0182", "Nacka", Storage::Kommun::Kind::Kommun, "01"});
        batch.namnder.push_back({{}, {"0182", "SOCN"}, "Socialnämnden"});
        // seed 000 §7: Barn och unga 0-20 år > Dygnsvård > {Institutionsvård, Jourhem}
        // Levels above a listed path are created with the next free ordning among their siblings.
        batch.verksamheter.push_back({{}, {"0182", "SOCN"}, "Barn och unga > Dygnsvård > Institutionsvård", 1, false, "linjär"});
        batch.verksamheter.push_back({{}, {"0182", "SOCN"}, "Barn och unga > Dygnsvård > Jourhem", 2, false, "linjär"});
        batch.verksamheter.push_back({{}, {"0182", "SOCN"}, "Vuxna 21-64 år", 2, false, "linjär"});
        auto applied = m_store->apply(batch);
        ASSERT_TRUE(applied.has_value()) << applied.error().message;
        m_namnd = (*m_store->findNamnd("0182", "SOCN"))->id;
        for (const auto &v : take(m_store->verksamheter(m_namnd)))
            m_ids[v.path] = v.id;
    }

    FigureKey key(const std::string &path, Measure measure, std::optional<int> month, std::string kontoslag = {})
    {
        return FigureKey{m_ids.at(path), std::move(kontoslag), 2020, month, measure};
    }

    std::vector<Storage::Figure> figures() { return *m_store->figures(m_namnd, 2020); }

    TestUtil::TestLocation m_location{GetParam()};
    std::string m_path = m_location.location();
    std::unique_ptr<Storage::SqlStore> m_store;
    Storage::Id m_namnd = 0;
    std::map<std::string, Storage::Id> m_ids;
};

} // namespace

TEST_P(StoreWrite, ImportBuildsTheTreeInOrder)
{
    auto tree = m_store->verksamheter(m_namnd);
    ASSERT_TRUE(tree.has_value());
    std::vector<std::string> paths;
    for (const auto &v : *tree)
        paths.push_back(v.path);
    EXPECT_EQ(paths, (std::vector<std::string>{"Barn och unga", "Barn och unga > Dygnsvård",
                                               "Barn och unga > Dygnsvård > Institutionsvård",
                                               "Barn och unga > Dygnsvård > Jourhem", "Vuxna 21-64 år"}));
    EXPECT_EQ((*tree)[3].parentId, (*tree)[1].id);
    EXPECT_EQ((*tree)[3].name, "Jourhem");
}

TEST_P(StoreWrite, SetChangeAndClearAFigureAreAudited)
{
    const auto k = key("Vuxna 21-64 år", Measure::ActualNet, 2);
    ASSERT_TRUE(m_store->setFigure(FigureChange{k, Money::fromThousands(-9'745)}).has_value());
    ASSERT_TRUE(m_store->setFigure(FigureChange{k, Money::fromThousands(-9'746)}, "rättad faktura").has_value());
    // The same value again changes nothing and writes no audit row.
    ASSERT_TRUE(m_store->setFigure(FigureChange{k, Money::fromThousands(-9'746)}).has_value());
    ASSERT_EQ(figures().size(), 1u);
    EXPECT_EQ(figures()[0].amount, Money::fromThousands(-9'746));
    ASSERT_TRUE(m_store->setFigure(FigureChange{k, std::nullopt}, "fel verksamhet").has_value());
    EXPECT_TRUE(figures().empty());

    auto log = m_store->auditLog(m_ids.at("Vuxna 21-64 år"));
    ASSERT_TRUE(log.has_value());
    std::vector<Storage::AuditEntry> figureRows;
    for (const auto &e : *log)
        if (e.entity == "figur")
            figureRows.push_back(e);
    ASSERT_EQ(figureRows.size(), 3u);
    EXPECT_EQ(figureRows[0].what, "Vuxna 21-64 år 2020-02 utfall_netto");
    EXPECT_EQ(figureRows[0].who, "controller");
    EXPECT_TRUE(TestUtil::auditTimeMatches(GetParam(), figureRows[0].at, "2026-11-22T10:00:00Z")) << figureRows[0].at;
    EXPECT_EQ(figureRows[0].oldValue, std::nullopt);
    EXPECT_EQ(figureRows[0].newValue, std::optional<std::string>("-974500000"));
    EXPECT_EQ(figureRows[1].oldValue, std::optional<std::string>("-974500000"));
    EXPECT_EQ(figureRows[1].newValue, std::optional<std::string>("-974600000"));
    EXPECT_EQ(figureRows[1].reason, "rättad faktura");
    EXPECT_EQ(figureRows[2].oldValue, std::optional<std::string>("-974600000"));
    EXPECT_EQ(figureRows[2].newValue, std::nullopt);
    EXPECT_EQ(figureRows[2].reason, "fel verksamhet");
}

TEST_P(StoreWrite, FiguresOnInnerNodesAndPerKontoslagAreAccepted)
{
    const std::vector<FigureChange> block = {
        {key("Barn och unga", Measure::Budget, std::nullopt), Money::fromThousands(-147'191)},
        {key("Barn och unga > Dygnsvård > Jourhem", Measure::ActualCost, 8, "personal"), Money::fromOre(-1)},
    };
    auto ok = m_store->setFigures(block, "inläsning");
    ASSERT_TRUE(ok.has_value()) << ok.error().message;
    EXPECT_EQ(figures().size(), 2u);
}

TEST_P(StoreWrite, ABlockWithOneBadChangeWritesNothing)
{
    const std::string before = TestUtil::snapshot(m_path);
    const std::vector<FigureChange> block = {
        {key("Vuxna 21-64 år", Measure::ActualNet, 2), Money::fromThousands(-9'745)},
        {key("Vuxna 21-64 år", Measure::ActualNet, 3, "okänt"), Money::fromThousands(1)},
    };
    auto ok = m_store->setFigures(block);
    ASSERT_FALSE(ok.has_value());
    EXPECT_EQ(ok.error().message, "Vuxna 21-64 år 2020-03 utfall_netto okänt: okänt kontoslag 'okänt'");
    EXPECT_TRUE(figures().empty());
    for (const auto &e : take(m_store->auditLog(m_ids.at("Vuxna 21-64 år"))))
        EXPECT_NE(e.entity, "figur");
    EXPECT_EQ(TestUtil::snapshot(m_path), before);
}

TEST_P(StoreWrite, MonthIsCheckedAgainstTheMeasure)
{
    auto noMonth = m_store->setFigure(FigureChange{key("Vuxna 21-64 år", Measure::Forecast, std::nullopt), Money()});
    ASSERT_FALSE(noMonth.has_value());
    EXPECT_EQ(noMonth.error().message, "Vuxna 21-64 år 2020 prognos: månaden saknas eller är inte 1–12");
    auto budgetMonth = m_store->setFigure(FigureChange{key("Vuxna 21-64 år", Measure::Budget, 4), Money()});
    ASSERT_FALSE(budgetMonth.has_value());
    EXPECT_EQ(budgetMonth.error().message, "Vuxna 21-64 år 2020-04 budget: helårsbudgeten har ingen månad");
}

TEST_P(StoreWrite, LockedPeriodRefusesWritesUntilUnlocked)
{
    const auto k = key("Vuxna 21-64 år", Measure::ActualNet, 4);
    ASSERT_TRUE(m_store->lockPeriod(m_namnd, 2020, 4, "T1 beslutad i nämnden").has_value());
    auto again = m_store->lockPeriod(m_namnd, 2020, 4, "igen");
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().message, "perioden 2020-04 är redan låst");

    auto refused = m_store->setFigure(FigureChange{k, Money::fromKronor(1)});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, Core::ErrorCode::Conflict);
    EXPECT_EQ(refused.error().message, "Vuxna 21-64 år 2020-04 utfall_netto: perioden 2020-04 är låst; lås upp den innan du ändrar");
    // Another month is open.
    EXPECT_TRUE(m_store->setFigure(FigureChange{key("Vuxna 21-64 år", Measure::ActualNet, 5), Money::fromKronor(1)}).has_value());

    auto comment = m_store->setComment(Storage::Comment{m_ids.at("Vuxna 21-64 år"), 2020, 4, "text"});
    ASSERT_FALSE(comment.has_value());

    ASSERT_TRUE(m_store->unlockPeriod(m_namnd, 2020, 4, "rättelse av bokslut").has_value());
    EXPECT_TRUE(m_store->setFigure(FigureChange{k, Money::fromKronor(1)}).has_value());

    auto locks = m_store->periodLocks(m_namnd);
    ASSERT_TRUE(locks.has_value());
    EXPECT_TRUE(locks->empty());
    std::vector<std::pair<std::string, std::string>> lockRows;
    for (const auto &e : take(m_store->auditLogOfNamnd(m_namnd)))
        if (e.entity == "periodlås")
            lockRows.emplace_back(e.newValue.value_or(""), e.reason);
    EXPECT_EQ(lockRows, (std::vector<std::pair<std::string, std::string>>{{"låst", "T1 beslutad i nämnden"},
                                                                          {"olåst", "rättelse av bokslut"}}));
}

TEST_P(StoreWrite, AYearLockCoversTheBudget)
{
    ASSERT_TRUE(m_store->lockPeriod(m_namnd, 2020, std::nullopt, "budget beslutad").has_value());
    auto refused = m_store->setFigure(FigureChange{key("Vuxna 21-64 år", Measure::Budget, std::nullopt), Money::fromKronor(1)});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message, "Vuxna 21-64 år 2020 budget: perioden 2020 är låst; lås upp den innan du ändrar");
}

TEST_P(StoreWrite, CommentsAndForecastMethodsAreStoredAndAudited)
{
    const auto id = m_ids.at("Barn och unga");
    ASSERT_TRUE(m_store->setComment(Storage::Comment{id, 2020, 2, "Fler placeringar än budgeterat."}).has_value());
    ASSERT_TRUE(m_store->setForecastMethod(Storage::ForecastChoice{id, 2020, 2, Storage::ForecastMethod::Budget}).has_value());
    ASSERT_TRUE(m_store->setForecastMethod(Storage::ForecastChoice{id, 2020, 2, Storage::ForecastMethod::VolumeBased},
                                           "volymprognos för placeringar")
                    .has_value());
    auto comments = m_store->comments(m_namnd, 2020);
    ASSERT_TRUE(comments.has_value());
    ASSERT_EQ(comments->size(), 1u);
    EXPECT_EQ((*comments)[0].text, "Fler placeringar än budgeterat.");
    auto methods = m_store->forecastMethods(m_namnd, 2020);
    ASSERT_TRUE(methods.has_value());
    ASSERT_EQ(methods->size(), 1u);
    EXPECT_EQ((*methods)[0].method, Storage::ForecastMethod::VolumeBased);

    std::vector<std::string> trail;
    for (const auto &e : take(m_store->auditLog(id)))
        if (e.entity != "verksamhet")
            trail.push_back(e.entity + ": " + e.oldValue.value_or("-") + " -> " + e.newValue.value_or("-"));
    EXPECT_EQ(trail, (std::vector<std::string>{"kommentar: - -> Fler placeringar än budgeterat.",
                                               "prognosmetod: - -> budget", "prognosmetod: budget -> volym"}));
    // An empty text clears the comment.
    ASSERT_TRUE(m_store->setComment(Storage::Comment{id, 2020, 2, ""}).has_value());
    EXPECT_TRUE(m_store->comments(m_namnd, 2020)->empty());
}

TEST_P(StoreWrite, ImportErrorNamesTheRowAndRollsBack)
{
    ASSERT_TRUE(m_store->lockPeriod(m_namnd, 2020, 2, "beslutad").has_value());
    const std::string locked = TestUtil::snapshot(m_path);
    Storage::ImportBatch batch;
    batch.figures.push_back({{"utfall.csv", 2}, {"0182", "SOCN"}, "Ny verksamhet", "", 2020, 1, Measure::ActualNet,
                             Money::fromKronor(5)});
    batch.figures.push_back({{"utfall.csv", 3}, {"0182", "SOCN"}, "Vuxna 21-64 år", "", 2020, 2, Measure::ActualNet,
                             Money::fromKronor(5)});
    auto applied = m_store->apply(batch);
    ASSERT_FALSE(applied.has_value());
    EXPECT_EQ(applied.error().message,
              "utfall.csv:3: Vuxna 21-64 år 2020-02 utfall_netto: perioden 2020-02 är låst; lås upp den innan du ändrar");
    // Neither the new verksamhet nor the first figure was kept.
    EXPECT_EQ(m_store->verksamheter(m_namnd)->size(), 5u);
    EXPECT_TRUE(figures().empty());
    EXPECT_EQ(TestUtil::snapshot(m_path), locked);
}

TEST_P(StoreWrite, RegistersRoundTrip)
{
    Storage::ImportBatch batch;
    const Storage::NamndRef socn{"0182", "SOCN"};
    batch.volumes.push_back({{}, socn, "Barn och unga > Dygnsvård > Jourhem",
                             Storage::Volume{0, 2020, 2, "Jourhem", Core::VolumeMeasure::Days, 1234}});
    batch.indicators.push_back({{}, socn, Storage::Indicator{0, 0, "U35544", "Trygghet", "Brukarbedömning", "%",
                                                             Core::Direction::HigherIsBetter, Core::TargetKind::AtLeast,
                                                             0.8, "Kolada"}});
    batch.indicatorValues.push_back({{}, socn, "U35544", Storage::IndicatorValue{0, 2020, std::nullopt, 78, 80}});
    batch.actions.push_back({{}, socn, Storage::ActionItem{0, 2020, 2, "Budget i balans", "Fasa ut inhyrd personal",
                                                           Core::ActionStatus::InProgress, ""}});
    batch.investments.push_back({{}, socn, Storage::Investment{0, 2021, 8, "Verksamhetssystem",
                                                               Money::fromThousands(2'000), Money::fromThousands(1'500),
                                                               std::nullopt, Money::fromThousands(700),
                                                               Money::fromThousands(100), Money::fromThousands(-800),
                                                               Money::fromThousands(-300), std::nullopt, std::nullopt,
                                                               Money::fromThousands(-50)}});
    batch.stateGrants.push_back({{}, socn, Storage::StateGrant{0, 2021, 8, "Stärkt barnrättsperspektiv",
                                                               Money::fromThousands(1'200), std::nullopt,
                                                               Money::fromThousands(-1'100), std::nullopt, std::nullopt}});
    auto applied = m_store->apply(batch, "register");
    ASSERT_TRUE(applied.has_value()) << applied.error().message;

    auto volumes = m_store->volumes(m_namnd, 2020);
    ASSERT_EQ(volumes->size(), 1u);
    EXPECT_EQ((*volumes)[0].value, 1234);
    auto indicators = m_store->indicators(m_namnd);
    ASSERT_EQ(indicators->size(), 1u);
    EXPECT_EQ((*indicators)[0].tolerance, std::optional<double>(0.8));
    auto values = m_store->indicatorValues((*indicators)[0].id);
    ASSERT_EQ(values->size(), 1u);
    EXPECT_EQ((*values)[0].actual, std::optional<double>(78));
    EXPECT_EQ(m_store->actionItems(m_namnd, 2020)->size(), 1u);
    auto investments = m_store->investments(m_namnd, 2021);
    ASSERT_EQ(investments->size(), 1u);
    EXPECT_EQ((*investments)[0].budgetPeriod, std::nullopt);
    EXPECT_EQ((*investments)[0].actual, std::optional<Money>(Money::fromThousands(700)));
    // Seed 002 §3.1's columns (schema step 11): inkomster, utgifter and the coming years' prognoses.
    EXPECT_EQ((*investments)[0].income, std::optional<Money>(Money::fromThousands(100)));
    EXPECT_EQ((*investments)[0].expenditure, std::optional<Money>(Money::fromThousands(-800)));
    EXPECT_EQ((*investments)[0].forecastNext, std::optional<Money>(Money::fromThousands(-300)));
    EXPECT_EQ((*investments)[0].forecastSecond, std::nullopt);
    EXPECT_EQ((*investments)[0].forecastThird, std::nullopt);
    EXPECT_EQ((*investments)[0].forecastLater, std::optional<Money>(Money::fromThousands(-50)));
    auto grants = m_store->stateGrants(m_namnd, 2021);
    ASSERT_EQ(grants->size(), 1u);
    EXPECT_EQ((*grants)[0].cost, Money::fromThousands(-1'100));

    std::set<std::string> audited;
    for (const auto &e : take(m_store->auditLogOfNamnd(m_namnd)))
        if (e.reason == "register")
            audited.insert(e.entity);
    EXPECT_EQ(audited, (std::set<std::string>{"import", "volym", "indikator", "indikatorvärde", "åtgärd", "investering",
                                              "statsbidrag"}));

    // Importing the same registers again changes nothing and logs nothing new.
    const auto count = m_store->auditLogOfNamnd(m_namnd)->size();
    ASSERT_TRUE(m_store->apply(batch, "igen").has_value());
    EXPECT_EQ(m_store->auditLogOfNamnd(m_namnd)->size(), count);
}

// Before: the new figures of an import were one row "2 nya belopp"; docs/formats.md promised a
// row per figure.
TEST_P(StoreWrite, ImportLogsEveryFigureUnderAHeaderThatNamesTheFileUserAndCounts)
{
    m_store->setUser("anna");
    Storage::ImportBatch batch;
    batch.figures.push_back({{"a.csv", 2}, {"0182", "SOCN"}, "Vuxna 21-64 år", "", 2020, 2, Measure::ActualIncome,
                             Money::fromThousands(2'901)});
    batch.figures.push_back({{"b.csv", 2}, {"0182", "SOCN"}, "Ny > Nod", "", 2020, 2, Measure::ActualCost,
                             Money::fromThousands(-12'646)});
    ASSERT_TRUE(m_store->apply(batch, "import februari").has_value());
    std::vector<std::string> rows;
    for (const auto &e : take(m_store->auditLogOfNamnd(m_namnd)))
        if (e.reason == "import februari")
            rows.push_back(e.who + " " + e.entity + " " + e.what + " " + e.oldValue.value_or("-") + " -> " +
                           e.newValue.value_or("-"));
    // The user the store was told; on the server, the server's own session user (never the client's word).
    const std::string who = GetParam() == Storage::Engine::Sqlite ? "anna" : "controller";
    EXPECT_EQ(rows, (std::vector<std::string>{
                        who + " import import av a.csv, b.csv - -> rader i importen: 2; belopp i nämnden: 2 nya, 0 ändrade, "
                              "0 oförändrade",
                        who + " figur Vuxna 21-64 år 2020-02 utfall_intakter - -> 290100000",
                        who + " verksamhet Ny - -> skapad", who + " verksamhet Ny > Nod - -> skapad",
                        who + " figur Ny > Nod 2020-02 utfall_kostnader - -> -1264600000"}));
    // The same import again changes nothing and logs nothing, not even a header.
    const auto before = m_store->auditLogOfNamnd(m_namnd)->size();
    auto again = m_store->apply(batch, "igen");
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->figuresUnchanged, 2u);
    EXPECT_EQ(m_store->auditLogOfNamnd(m_namnd)->size(), before);

    // A value the import overwrites is logged on its own row, old -> new, under its header.
    batch.figures[0].amount = Money::fromThousands(3'000);
    ASSERT_TRUE(m_store->apply(batch, "rättelse").has_value());
    std::vector<std::string> corrected;
    for (const auto &e : take(m_store->auditLogOfNamnd(m_namnd)))
        if (e.reason == "rättelse")
            corrected.push_back(e.entity + " " + e.what + " " + e.oldValue.value_or("-") + " -> " + e.newValue.value_or("-"));
    EXPECT_EQ(corrected, (std::vector<std::string>{
                             "import import av a.csv, b.csv - -> rader i importen: 2; belopp i nämnden: 0 nya, 1 ändrade, "
                             "1 oförändrade",
                             "figur Vuxna 21-64 år 2020-02 utfall_intakter 290100000 -> 300000000"}));
}

TEST_P(StoreWrite, YearsListsTheYearsWithAnyFigureInOrder)
{
    EXPECT_EQ(take(m_store->years(m_namnd)), std::vector<int>{});
    Storage::ImportBatch batch;
    // Written out of order, one year twice: the list is sorted and has each year once.
    batch.figures.push_back({{"a.csv", 2}, {"0182", "SOCN"}, "Vuxna 21-64 år", "", 2021, 2, Measure::ActualCost,
                             Money::fromThousands(-1)});
    batch.figures.push_back({{"a.csv", 3}, {"0182", "SOCN"}, "Vuxna 21-64 år", "", 2017, 10, Measure::ActualCost,
                             Money::fromThousands(-2)});
    batch.figures.push_back({{"a.csv", 4}, {"0182", "SOCN"}, "Barn och unga > Dygnsvård > Jourhem", "", 2021, std::nullopt,
                             Measure::Budget, Money::fromThousands(-3)});
    ASSERT_TRUE(m_store->apply(batch).has_value());
    EXPECT_EQ(take(m_store->years(m_namnd)), (std::vector<int>{2017, 2021}));
    // Clearing the only figure of 2017 takes the year away.
    ASSERT_TRUE(m_store->setFigure(FigureChange{FigureKey{m_ids.at("Vuxna 21-64 år"), "", 2017, 10, Measure::ActualCost},
                                                std::nullopt})
                    .has_value());
    EXPECT_EQ(take(m_store->years(m_namnd)), (std::vector<int>{2021}));
}

TEST_P(StoreWrite, AuditLogOfNamndAfterAnIdReturnsOnlyTheNewerEntries)
{
    const auto all = take(m_store->auditLogOfNamnd(m_namnd));
    ASSERT_FALSE(all.empty()); // the nämnd and verksamheter of SetUp
    EXPECT_EQ(take(m_store->auditLogOfNamnd(m_namnd, 0)).size(), all.size());
    const Storage::Id last = all.back().id;
    EXPECT_TRUE(take(m_store->auditLogOfNamnd(m_namnd, last)).empty());

    const auto k = key("Vuxna 21-64 år", Measure::ActualNet, 2);
    ASSERT_TRUE(m_store->setFigure(FigureChange{k, Money::fromThousands(-9'745)}, "första").has_value());
    ASSERT_TRUE(m_store->setFigure(FigureChange{k, Money::fromThousands(-9'746)}, "andra").has_value());
    const auto tail = take(m_store->auditLogOfNamnd(m_namnd, last));
    ASSERT_EQ(tail.size(), 2u);
    EXPECT_EQ(tail[0].reason, "första");
    EXPECT_EQ(tail[1].reason, "andra");
    EXPECT_LT(tail[0].id, tail[1].id);
    // From the first of them: only the second.
    const auto rest = take(m_store->auditLogOfNamnd(m_namnd, tail[0].id));
    ASSERT_EQ(rest.size(), 1u);
    EXPECT_EQ(rest[0].newValue, std::optional<std::string>("-974600000"));
    // Another nämnd's id gives nothing of this one.
    EXPECT_TRUE(take(m_store->auditLogOfNamnd(m_namnd + 1000, 0)).empty());
}

TEST_P(StoreWrite, ImportWritesAKeyTwiceInOneBatchAsAChangeAndRefusesAnUnknownKontoslag)
{
    // The importer refuses a duplicate key; a batch handed to the store directly gets the later
    // value, logged as a change from the earlier one.
    Storage::ImportBatch batch;
    batch.figures.push_back({{"a.csv", 2}, {"0182", "SOCN"}, "Vuxna 21-64 år", "", 2020, 3, Measure::ActualCost,
                             Money::fromThousands(-10)});
    batch.figures.push_back({{"a.csv", 3}, {"0182", "SOCN"}, "Vuxna 21-64 år", "", 2020, 3, Measure::ActualCost,
                             Money::fromThousands(-11)});
    auto applied = m_store->apply(batch, "två gånger");
    ASSERT_TRUE(applied.has_value()) << applied.error().message;
    EXPECT_EQ(applied->figuresWritten, 2u);
    ASSERT_EQ(figures().size(), 1u);
    EXPECT_EQ(figures()[0].amount, Money::fromThousands(-11));
    std::vector<std::string> rows;
    for (const auto &e : take(m_store->auditLogOfNamnd(m_namnd)))
        if (e.reason == "två gånger")
            rows.push_back(e.entity + " " + e.oldValue.value_or("-") + " -> " + e.newValue.value_or("-"));
    EXPECT_EQ(rows, (std::vector<std::string>{"import - -> rader i importen: 2; belopp i nämnden: 1 nya, 1 ändrade, 0 oförändrade",
                                              "figur - -> -1000000", "figur -1000000 -> -1100000"}));

    // An unknown kontoslag names the row and writes nothing.
    Storage::ImportBatch bad;
    bad.figures.push_back({{"b.csv", 7}, {"0182", "SOCN"}, "Vuxna 21-64 år", "", 2020, 4, Measure::ActualCost,
                           Money::fromThousands(-1)});
    bad.figures.push_back({{"b.csv", 8}, {"0182", "SOCN"}, "Vuxna 21-64 år", "okänt", 2020, 4, Measure::ActualCost,
                           Money::fromThousands(-1)});
    auto refused = m_store->apply(bad);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message, "b.csv:8: Vuxna 21-64 år 2020-04 utfall_kostnader okänt: okänt kontoslag 'okänt'");
    EXPECT_EQ(figures().size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreWrite, ::testing::Values(Storage::Engine::Sqlite, Storage::Engine::Postgres),
                         TestUtil::engineParamName);
