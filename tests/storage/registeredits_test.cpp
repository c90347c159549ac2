// SPDX-License-Identifier: GPL-3.0-or-later
// Register rows edited one at a time: one transaction each, a readable audit row, locks refuse.
#include "common/teststores.h"

#include "storage/registertext.h"
#include "storage/openstore.h"

#include <gtest/gtest.h>

using namespace Tertial;
using Core::ErrorCode;
using Core::Money;
using Storage::ActionItem;
using Storage::Investment;
using Storage::StateGrant;
using Storage::Volume;
using TestUtil::TempDir;
using TestUtil::take;

namespace {

class RegisterEdits : public ::testing::TestWithParam<Storage::Engine>
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
        batch.kommuner.push_back({"0126", "Huddinge", Storage::Kommun::Kind::Kommun, "01"});
        batch.namnder.push_back({{}, {"0126", "SOCN"}, "Socialnämnden"});
        batch.verksamheter.push_back({{}, {"0126", "SOCN"}, "Barn och unga > Dygnsvård", 1, false, "linjär"});
        batch.indicators.push_back({{}, {"0126", "SOCN"},
                                    Storage::Indicator{0, 0, "U35544", "Trygghet", "Brukarbedömning", "%",
                                                       Core::Direction::HigherIsBetter, Core::TargetKind::AtLeast,
                                                       std::nullopt, "Kolada"}});
        batch.indicatorValues.push_back({{}, {"0126", "SOCN"}, "U35544", Storage::IndicatorValue{0, 2021, std::nullopt, 78, 80}});
        ASSERT_TRUE(m_store->apply(batch, "grund").has_value());
        m_namnd = (*m_store->findNamnd("0126", "SOCN"))->id;
        m_dygnsvard = take(m_store->verksamheter(m_namnd)).back().id;
        m_indicator = take(m_store->indicators(m_namnd)).front().id;
    }

    // The audit rows written with `reason`, as "entity | what | old -> new".
    std::vector<std::string> audit(const std::string &reason)
    {
        std::vector<std::string> rows;
        for (const auto &e : take(m_store->auditLogOfNamnd(m_namnd)))
            if (e.reason == reason)
                rows.push_back(e.entity + " | " + e.what + " | " + e.oldValue.value_or("-") + " -> " +
                               e.newValue.value_or("-"));
        return rows;
    }

    // seed 003 Investeringar (delår 2021, tkr): Arbetsmiljö, Röntgenvägen 539 539 | 539 539
    Investment rontgen() const
    {
        return Investment{m_namnd, 2021, 8, "Arbetsmiljö, Röntgenvägen", Money::fromThousands(539),
                          Money::fromThousands(539), Money::fromThousands(539), Money::fromThousands(539),
                          {}, {}, {}, {}, {}, {}};
    }

    TestUtil::TestLocation m_location{GetParam()};
    std::string m_path = m_location.location();
    std::unique_ptr<Storage::SqlStore> m_store;
    Storage::Id m_namnd = 0;
    Storage::Id m_dygnsvard = 0;
    Storage::Id m_indicator = 0;
};

} // namespace

TEST_P(RegisterEdits, InvestmentAddChangeRenameDeleteAreAuditedReadably)
{
    const Investment added = rontgen();
    ASSERT_TRUE(m_store->changeInvestments({{{std::nullopt, added}}}, "ny").has_value());
    Investment changed = added;
    changed.actual = std::nullopt; // seed 003: Oförutsedda investeringar have no utfall; cleared here
    changed.forecast = Money::fromOre(53'912'350);
    ASSERT_TRUE(m_store->changeInvestments({{{added, changed}}}, "ändrad").has_value());
    Investment renamed = changed;
    renamed.project = "Röntgenvägen";
    ASSERT_TRUE(m_store->changeInvestments({{{changed, renamed}}}, "nytt namn").has_value());
    ASSERT_TRUE(m_store->changeInvestments({{{renamed, std::nullopt}}}, "borttagen").has_value());

    EXPECT_EQ(audit("ny"), std::vector<std::string>{
                               "investering | Investering 2021-08 Arbetsmiljö, Röntgenvägen | - -> Budget helår 539 000 kr, "
                               "prognos 539 000 kr, periodens budget 539 000 kr, utfall 539 000 kr"});
    EXPECT_EQ(audit("ändrad"), std::vector<std::string>{
                                   "investering | Investering 2021-08 Arbetsmiljö, Röntgenvägen | Budget helår 539 000 kr, "
                                   "prognos 539 000 kr, periodens budget 539 000 kr, utfall 539 000 kr -> Budget helår "
                                   "539 000 kr, prognos 539 123,50 kr, periodens budget 539 000 kr"});
    EXPECT_EQ(audit("nytt namn"),
              std::vector<std::string>{
                  "investering | Investering 2021-08 Röntgenvägen | Investering 2021-08 Arbetsmiljö, Röntgenvägen: "
                  "Budget helår 539 000 kr, prognos 539 123,50 kr, periodens budget 539 000 kr -> Investering 2021-08 "
                  "Röntgenvägen: Budget helår 539 000 kr, prognos 539 123,50 kr, periodens budget 539 000 kr"});
    EXPECT_EQ(audit("borttagen"), std::vector<std::string>{
                                      "investering | Investering 2021-08 Röntgenvägen | Budget helår 539 000 kr, prognos "
                                      "539 123,50 kr, periodens budget 539 000 kr -> -"});
    EXPECT_TRUE(take(m_store->investments(m_namnd, 2021)).empty());
}

TEST_P(RegisterEdits, ABlockIsOneTransactionAllOrNothing)
{
    // seed 000 §5 Riktade statsbidrag 2020 (tkr): habiliteringsersättning 2 175 / 2 175.
    const StateGrant habilitering{m_namnd, 2020, 12, "Statsbidrag habiliteringsersättning 2020",
                                  Money::fromThousands(2'175), Money::fromThousands(2'175), std::nullopt, std::nullopt, std::nullopt};
    const StateGrant bemanning{m_namnd, 2020, 12, "Statsbidrag 2020 för att stärka bemanningen inom den sociala barn- "
                                                  "och ungdomsvården",
                               Money::fromThousands(597), Money::fromThousands(597), std::nullopt, std::nullopt, std::nullopt};
    ASSERT_TRUE(m_store->changeStateGrants({{{std::nullopt, habilitering}}}).has_value());
    // The second change adds a key that exists: the first (a new row) must not stay either.
    const std::vector<Storage::StateGrantChange> block{{std::nullopt, bemanning}, {std::nullopt, habilitering}};
    auto refused = m_store->changeStateGrants(block, "block");
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_NE(refused.error().message.find("finns redan"), std::string::npos) << refused.error().message;
    EXPECT_EQ(take(m_store->stateGrants(m_namnd, 2020)).size(), 1u);
    EXPECT_TRUE(audit("block").empty());

    // Changing a row that is no longer stored is refused too.
    StateGrant gone = bemanning;
    auto missing = m_store->changeStateGrants({{{gone, bemanning}}});
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_P(RegisterEdits, ALockedPeriodRefusesEveryRegister)
{
    ASSERT_TRUE(m_store->lockPeriod(m_namnd, 2021, 8, "delårsrapporten är beslutad").has_value());
    const auto before = m_store->auditLogOfNamnd(m_namnd)->size();
    auto investment = m_store->changeInvestments({{{std::nullopt, rontgen()}}});
    const ActionItem action{m_namnd, 2021, 8, "Budget i balans", "Fasa ut inhyrd personal",
                            Core::ActionStatus::InProgress, ""};
    auto item = m_store->changeActionItems({{{std::nullopt, action}}});
    auto volume = m_store->changeVolumes({{{std::nullopt, Volume{m_dygnsvard, 2021, 8, "Institutionsvård", Core::VolumeMeasure::Days, 42, 1}}}});
    auto grant = m_store->changeStateGrants(
        {{{std::nullopt, StateGrant{m_namnd, 2021, 8, "Bidrag", Money::fromThousands(1), std::nullopt, std::nullopt, std::nullopt, std::nullopt}}}});
    for (const auto *result : {&investment, &item, &volume, &grant}) {
        ASSERT_FALSE(result->has_value());
        EXPECT_EQ(result->error().code, ErrorCode::Conflict);
        EXPECT_NE(result->error().message.find("perioden 2021-08 är låst"), std::string::npos) << result->error().message;
    }
    // Another month of the same year is open.
    Investment july = rontgen();
    july.month = 7;
    EXPECT_TRUE(m_store->changeInvestments({{{std::nullopt, july}}}).has_value());
    // Moving the July row into the locked month is refused as well.
    Investment moved = july;
    moved.month = 8;
    EXPECT_FALSE(m_store->changeInvestments({{{july, moved}}}).has_value());
    EXPECT_EQ(m_store->auditLogOfNamnd(m_namnd)->size(), before + 1);
}

TEST_P(RegisterEdits, VolumesAndActionItemsAreAuditedReadably)
{
    // seed 000 §7: Heldygnsvård 17 484 dygn in the year; one tertial written as 4 months.
    const Volume tertial{m_dygnsvard, 2020, 4, "Institutionsvård", Core::VolumeMeasure::Days, 5828, 4};
    ASSERT_TRUE(m_store->changeVolumes({{{std::nullopt, tertial}}}, "volym").has_value());
    Volume corrected = tertial;
    corrected.value = 5828.5;
    ASSERT_TRUE(m_store->changeVolumes({{{tertial, corrected}}}, "volym").has_value());
    EXPECT_EQ(audit("volym"),
              (std::vector<std::string>{
                  "volym | Barn och unga > Dygnsvård 2020-04 Institutionsvård dygn | - -> 5 828 dygn (4 månader)",
                  "volym | Barn och unga > Dygnsvård 2020-04 Institutionsvård dygn | 5 828 dygn (4 månader) -> 5 828,5 "
                  "dygn (4 månader)"}));
    EXPECT_EQ(take(m_store->volumes(m_namnd, 2020)).front().value, 5828.5);

    const ActionItem item{m_namnd, 2020, 8, "Budget i balans", "Fasa ut inhyrd personal",
                          Core::ActionStatus::InProgress, ""};
    ActionItem done = item;
    done.status = Core::ActionStatus::Done;
    done.comment = "Avslutat i juni";
    ASSERT_TRUE(m_store->changeActionItems({{{std::nullopt, item}}}, "åtgärd").has_value());
    ASSERT_TRUE(m_store->changeActionItems({{{item, done}}}, "åtgärd").has_value());
    EXPECT_EQ(audit("åtgärd"), (std::vector<std::string>{
                                  "åtgärd | Åtgärdsplan 2020-08 Budget i balans: Fasa ut inhyrd personal | - -> Status Pågår",
                                  "åtgärd | Åtgärdsplan 2020-08 Budget i balans: Fasa ut inhyrd personal | Status Pågår -> "
                                  "Status Klart, kommentar Avslutat i juni"}));
    // An unchanged row writes no audit row.
    ASSERT_TRUE(m_store->changeActionItems({{{done, done}}}, "igen").has_value());
    EXPECT_TRUE(audit("igen").empty());
}

TEST_P(RegisterEdits, ImportLogsRegistersReadably)
{
    Storage::ImportBatch batch;
    Investment item = rontgen();
    batch.investments.push_back({{"inv.csv", 2}, {"0126", "SOCN"}, item});
    ASSERT_TRUE(m_store->apply(batch, "import").has_value());
    EXPECT_EQ(audit("import"), (std::vector<std::string>{
                                   "import | import av inv.csv | - -> rader i importen: 1",
                                   "investering | Investering 2021-08 Arbetsmiljö, Röntgenvägen | - -> Budget helår 539 000 kr, "
                                   "prognos 539 000 kr, periodens budget 539 000 kr, utfall 539 000 kr"}));
    // The indicator value of SetUp: seed-style 78 against målvärde 80.
    bool found = false;
    for (const auto &e : take(m_store->auditLogOfNamnd(m_namnd)))
        if (e.entity == "indikatorvärde") {
            EXPECT_EQ(e.what, "Indikator U35544 2021");
            EXPECT_EQ(e.newValue, std::optional<std::string>("Utfall 78, målvärde 80"));
            found = true;
        }
    EXPECT_TRUE(found);
}

// An import may not write a register row into a locked period either: the whole import is
// refused with file:line and nothing of it is stored.
TEST_P(RegisterEdits, ImportIntoALockedPeriodIsRefusedWhole)
{
    ASSERT_TRUE(m_store->lockPeriod(m_namnd, 2021, 8, "delårsrapporten är beslutad").has_value());
    Storage::ImportBatch batch;
    Investment open = rontgen();
    open.month = 7; // an open month: would be written if the batch were not refused as a whole
    open.project = "Öppen månad";
    batch.investments.push_back({{"inv.csv", 2}, {"0126", "SOCN"}, open});
    batch.investments.push_back({{"inv.csv", 3}, {"0126", "SOCN"}, rontgen()});
    auto applied = m_store->apply(batch, "import");
    ASSERT_FALSE(applied.has_value());
    EXPECT_NE(applied.error().message.find("inv.csv:3"), std::string::npos) << applied.error().message;
    EXPECT_NE(applied.error().message.find("låst"), std::string::npos) << applied.error().message;
    EXPECT_TRUE(take(m_store->investments(m_namnd, 2021)).empty());
    EXPECT_TRUE(audit("import").empty());
}

// Two controllers on one database: an edit based on a row someone else has changed since is
// refused (no lost update), and the other's value stays.
TEST_P(RegisterEdits, AnEditOnAStaleRowIsRefused)
{
    const Investment read = rontgen();
    ASSERT_TRUE(m_store->changeInvestments({{{std::nullopt, read}}}, "ny").has_value());
    auto other = Storage::openStore(m_path);
    ASSERT_TRUE(other.has_value()) << other.error().message;
    Investment theirs = read;
    theirs.forecast = Money::fromThousands(600);
    ASSERT_TRUE((*other)->changeInvestments({{{read, theirs}}}, "deras").has_value());

    Investment mine = read; // still based on what this store read before their change
    mine.actual = Money::fromThousands(100);
    auto refused = m_store->changeInvestments({{{read, mine}}}, "min");
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, Core::ErrorCode::Conflict);
    EXPECT_NE(refused.error().message.find("har ändrats"), std::string::npos) << refused.error().message;
    const auto stored = take(m_store->investments(m_namnd, 2021));
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored.front().forecast, Money::fromThousands(600));
    EXPECT_EQ(stored.front().actual, read.actual);
}

TEST_P(RegisterEdits, StatusOverrideNeedsAReasonAndIsLogged)
{
    Storage::StatusOverride override_{m_indicator, 2021, std::nullopt, Core::IndicatorStatus::PartlyMet, "  ", "", ""};
    auto refused = m_store->setStatusOverride(m_indicator, 2021, std::nullopt, override_);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::MissingInput);
    EXPECT_TRUE(take(m_store->statusOverrides(m_namnd)).empty());

    // saknas is a fact, not a judgement: never set by hand.
    override_.status = Core::IndicatorStatus::Missing;
    override_.reason = "mätningen gjordes före åtgärden";
    EXPECT_EQ(m_store->setStatusOverride(m_indicator, 2021, std::nullopt, override_).error().code, ErrorCode::InvalidInput);

    override_.status = Core::IndicatorStatus::PartlyMet;
    ASSERT_TRUE(m_store->setStatusOverride(m_indicator, 2021, std::nullopt, override_).has_value());
    auto stored = take(m_store->statusOverrides(m_namnd));
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].status, Core::IndicatorStatus::PartlyMet);
    EXPECT_EQ(stored[0].reason, "mätningen gjordes före åtgärden");
    EXPECT_EQ(stored[0].setBy, "controller");
    EXPECT_EQ(audit("mätningen gjordes före åtgärden"),
              std::vector<std::string>{"indikatorstatus | Indikator U35544 2021 status | Beräknad status -> Status satt "
                                       "till delvis uppnått"});

    ASSERT_TRUE(m_store->setStatusOverride(m_indicator, 2021, std::nullopt, std::nullopt).has_value());
    EXPECT_TRUE(take(m_store->statusOverrides(m_namnd)).empty());

    // A whole-year lock refuses it.
    ASSERT_TRUE(m_store->lockPeriod(m_namnd, 2021, std::nullopt, "årsredovisningen").has_value());
    EXPECT_EQ(m_store->setStatusOverride(m_indicator, 2021, std::nullopt, override_).error().code, ErrorCode::Conflict);
}

TEST_P(RegisterEdits, IndicatorDefinitionBySetIndicator)
{
    auto indicator = take(m_store->indicators(m_namnd)).front();
    indicator.targetKind = Core::TargetKind::Level;
    indicator.tolerance = 2.5;
    indicator.code = "ignored"; // the id decides which indicator
    ASSERT_TRUE(m_store->setIndicator(indicator, "målsort").has_value());
    auto stored = take(m_store->indicators(m_namnd));
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].code, "U35544");
    EXPECT_EQ(stored[0].targetKind, Core::TargetKind::Level);
    EXPECT_EQ(stored[0].tolerance, std::optional<double>(2.5));
    EXPECT_EQ(audit("målsort"),
              std::vector<std::string>{"indikator | Indikator U35544 Brukarbedömning | Målområde Trygghet, namn "
                                       "Brukarbedömning, enhet %, riktning högre, målsort minst, tolerans standard, källa "
                                       "Kolada -> Målområde Trygghet, namn Brukarbedömning, enhet %, riktning högre, "
                                       "målsort nivå, tolerans 2,5, källa Kolada"});
}

TEST(RegisterText, AmountsAndNumbersAreExact)
{
    EXPECT_EQ(Storage::kronorText(Money::fromOre(4'680'000'000)), "46 800 000 kr");
    EXPECT_EQ(Storage::kronorText(Money::fromOre(-123'450)), "-1 234,50 kr");
    EXPECT_EQ(Storage::numberText(17484), "17 484");
    EXPECT_EQ(Storage::numberText(275.9), "275,9");
    EXPECT_EQ(Storage::numberText(0.8), "0,8");
}

INSTANTIATE_TEST_SUITE_P(Engines, RegisterEdits, ::testing::Values(Storage::Engine::Sqlite, Storage::Engine::Postgres),
                         TestUtil::engineParamName);
