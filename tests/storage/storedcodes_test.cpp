// SPDX-License-Identifier: GPL-3.0-or-later
// The storage boundary for codes: text in the database, enums past the store; a text no enum has
// is an error naming the row, never a default (issue 12: "unknown målsort never defaults").
#include "common/tempdir.h"

#include "storage/sqliteconnection.h"
#include "storage/sqlitestore.h"
#include "storage/storedcodes.h"

#include <gtest/gtest.h>

namespace Tertial::Storage {
namespace {

TEST(StoredCodes, EveryEnumReadsBackFromItsText)
{
    for (Core::TargetKind kind : Core::kAllTargetKinds)
        EXPECT_EQ(storedTargetKind(storedText(kind)).value(), kind);
    for (Core::VolumeMeasure measure : Core::kAllVolumeMeasures)
        EXPECT_EQ(storedVolumeMeasure(storedText(measure)).value(), measure);
    for (Core::ActionStatus status : Core::kAllActionStatuses)
        EXPECT_EQ(storedActionStatus(storedText(status)).value(), status);
    for (Core::Direction direction : {Core::Direction::HigherIsBetter, Core::Direction::LowerIsBetter})
        EXPECT_EQ(storedDirection(storedText(direction)).value(), direction);
    for (Core::ForecastMethod method : Core::kAllForecastMethods)
        EXPECT_EQ(storedForecastMethod(storedText(method)).value(), method);
    EXPECT_EQ(storedOverrideStatus("delvis uppnått").value(), Core::IndicatorStatus::PartlyMet);
    EXPECT_EQ(storedOverrideStatus("inget mål").value(), Core::IndicatorStatus::NoTarget);
}

TEST(StoredCodes, UnknownTextIsAnErrorSayingWhatWasExpected)
{
    const auto kind = storedTargetKind("mer än");
    ASSERT_FALSE(kind);
    EXPECT_EQ(kind.error().message, "målsort 'mer än' är okänd, väntade minst, högst, nivå, öka eller minska");
    EXPECT_FALSE(storedVolumeMeasure("liter"));
    EXPECT_FALSE(storedActionStatus("pågår")); // the codes are case-sensitive, as the files write them
    // saknas is a fact, never a status set by hand.
    EXPECT_FALSE(storedOverrideStatus("saknas"));
    EXPECT_FALSE(storedPeriodisation("8 8 9"));
    EXPECT_EQ(storedPeriodisation("dagar").value(), Core::PeriodizationProfile::byDays());
}

// A målsort written by another program (the shared server's clients) that the store does not
// know: the read fails and names the indicator, rather than judging it as "minst".
TEST(StoredCodes, AnUnknownTargetKindInTheDatabaseFailsTheReadNamingTheIndicator)
{
    TestUtil::TempDir dir;
    const std::string path = dir.file("codes.tertial");
    Id namnd = 0;
    {
        auto store = SqliteStore::create(path);
        ASSERT_TRUE(store) << store.error().message;
        ImportBatch batch;
        batch.kommuner.push_back({"0126", "Huddinge", Kommun::Kind::Kommun, "01"});
        batch.namnder.push_back({{}, {"0126", "SN"}, "Socialnämnden"});
        batch.indicators.push_back({{}, {"0126", "SN"},
                                    Indicator{0, 0, "U35544", "Trygghet", "Brukarbedömning", "%",
                                              Core::Direction::HigherIsBetter, Core::TargetKind::AtLeast,
                                              std::nullopt, "Kolada"}});
        ASSERT_TRUE((*store)->apply(batch));
        namnd = (*(*store)->findNamnd("0126", "SN"))->id;
        EXPECT_EQ((*store)->indicators(namnd).value().at(0).targetKind, Core::TargetKind::AtLeast);
    }
    {
        auto connection = SqliteConnection::open(path, SqliteConnection::Mode::OpenExisting);
        ASSERT_TRUE(connection) << connection.error().message;
        ASSERT_TRUE(connection->exec("UPDATE indicator SET target_kind = 'ungefär'"));
    }
    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store) << store.error().message;
    const auto indicators = (*store)->indicators(namnd);
    ASSERT_FALSE(indicators);
    EXPECT_EQ(indicators.error().message,
              "indikator U35544: målsort 'ungefär' är okänd, väntade minst, högst, nivå, öka eller minska");
}

// Before: a bad periodisering was named by the verksamhet's own name, which two places in the
// tree may share ("Dygnsvård" under Barn och unga and under Vuxna).
TEST(StoredCodes, AnUnknownPeriodisationInTheDatabaseFailsTheReadNamingTheVerksamhetByItsPath)
{
    TestUtil::TempDir dir;
    const std::string path = dir.file("codes.tertial");
    Id namnd = 0;
    {
        auto store = SqliteStore::create(path);
        ASSERT_TRUE(store) << store.error().message;
        ImportBatch batch;
        batch.kommuner.push_back({"0126", "Huddinge", Kommun::Kind::Kommun, "01"});
        batch.namnder.push_back({{}, {"0126", "SN"}, "Socialnämnden"});
        batch.verksamheter.push_back({{}, {"0126", "SN"}, "Barn och unga > Dygnsvård", 1, false, "linjär"});
        batch.verksamheter.push_back({{}, {"0126", "SN"}, "Vuxna > Dygnsvård", 2, false, "linjär"});
        ASSERT_TRUE((*store)->apply(batch));
        namnd = (*(*store)->findNamnd("0126", "SN"))->id;
    }
    {
        auto connection = SqliteConnection::open(path, SqliteConnection::Mode::OpenExisting);
        ASSERT_TRUE(connection) << connection.error().message;
        ASSERT_TRUE(connection->exec("UPDATE verksamhet SET periodisation = '8 8 9' WHERE name = 'Dygnsvård' AND "
                                     "parent_id = (SELECT id FROM verksamhet WHERE name = 'Vuxna')"));
    }
    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store) << store.error().message;
    const auto tree = (*store)->verksamheter(namnd);
    ASSERT_FALSE(tree);
    const std::string expected = "verksamhet Vuxna > Dygnsvård: " + storedPeriodisation("8 8 9").error().message;
    EXPECT_EQ(tree.error().message, expected);
}

} // namespace
} // namespace Tertial::Storage
