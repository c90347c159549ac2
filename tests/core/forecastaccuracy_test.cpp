// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forecastaccuracy.h"

#include <gtest/gtest.h>

#include <ostream>

using namespace Tertial::Core;

namespace {

Money tkr(std::int64_t thousands)
{
    return Money::fromThousands(thousands);
}

struct T2Row
{
    const char *activity;
    std::int64_t forecastT2; // tkr, "Prognos T2"
    std::int64_t actual;     // tkr, "Utfall 2020"
    std::int64_t error;      // tkr, prognos − utfall by hand
    double percent;          // error / |utfall| × 100 by hand, one decimal
};

// Readable test names in ctest instead of a byte dump.
void PrintTo(const T2Row &row, std::ostream *os)
{
    *os << row.activity;
}

class ForecastT2Accuracy : public ::testing::TestWithParam<T2Row>
{
};

TEST_P(ForecastT2Accuracy, ErrorAgainstFinalUtfall)
{
    const auto &row = GetParam();
    auto accuracy = forecastAccuracy({{8, tkr(row.forecastT2)}}, tkr(row.actual));
    ASSERT_TRUE(accuracy) << accuracy.error().message;
    ASSERT_EQ(accuracy->errors.size(), 1u);
    const auto &error = accuracy->errors.front();
    EXPECT_EQ(error.month, 8);
    EXPECT_EQ(error.forecast, tkr(row.forecastT2));
    EXPECT_EQ(error.error, tkr(row.error)) << row.activity;
    ASSERT_TRUE(error.errorShare.has_value());
    EXPECT_NEAR(*error.errorShare * 100.0, row.percent, 0.05) << row.activity;
    // One forecast: its absolute error is the mean.
    EXPECT_EQ(accuracy->meanAbsoluteError, tkr(row.error).abs());
    EXPECT_EQ(accuracy->finalActual, tkr(row.actual));
}

// Seed 000 §7, tables with "Prognos T2" beside "Utfall 2020" (T2 = the forecast made in august).
INSTANTIATE_TEST_SUITE_P(
    Seed000, ForecastT2Accuracy,
    ::testing::Values(
        // -85 452 − (-81 242) = -4 210; 4 210 / 81 242 = 5,18 %: the T2 forecast was too pessimistic.
        T2Row{"Dygnsvård", -85'452, -81'242, -4'210, -5.2},
        // -66 907 − (-66 333) = -574; 574 / 66 333 = 0,87 %
        T2Row{"Öppenvård inkl föreningsbidrag", -66'907, -66'333, -574, -0.9},
        // -2 373 − (-2 888) = 515; 515 / 2 888 = 17,83 %: too optimistic.
        T2Row{"Ensamkommande barn och unga", -2'373, -2'888, 515, 17.8},
        // -3 740 − (-3 238) = -502; 502 / 3 238 = 15,50 %
        T2Row{"Familjerådgivning o insatser familjerätt", -3'740, -3'238, -502, -15.5},
        // -158 472 − (-153 701) = -4 771; 4 771 / 153 701 = 3,10 %
        T2Row{"Summa barn och unga", -158'472, -153'701, -4'771, -3.1},
        // Vuxna: -25 341 − (-27 815) = 2 474; 2 474 / 27 815 = 8,89 %
        T2Row{"Heldygnsvård (vuxna)", -25'341, -27'815, 2'474, 8.9},
        // -504 793 − (-502 933) = -1 860; 1 860 / 502 933 = 0,37 %
        T2Row{"Total personer med funktionsnedsättning", -504'793, -502'933, -1'860, -0.4}));

TEST(ForecastAccuracy, HistoryPerVerksamhetWithMeanAbsoluteError)
{
    // The year 2020 of Nacka socialnämnd forecast twice: in februari (seed 001 §3.1, "Prognos
    // netto", +/- noll) and in august (seed 000 §7, "Prognos T2"); the final utfall is seed 000 §7.
    //  Barn och unga: feb -147 191, T2 -158 472, utfall -153 701:
    //    errors 6 510 and -4 771, MAE (6 510 + 4 771) / 2 = 5 640,5 tkr, 5 640,5 / 153 701 = 3,67 %.
    //  Vuxna 21-64 år: feb -58 667, T2 -56 161, utfall -58 889:
    //    errors 222 and 2 728, MAE 1 475 tkr.
    //  Personer med funktionsnedsättning: feb -490 366, T2 -504 793, utfall -502 933:
    //    errors 12 567 and -1 860, MAE 7 213,5 tkr.
    // The T2 forecast is given first to show the history is ordered by month.
    const std::vector<ActivityForecastHistory> histories = {
        {"Barn och unga", {{8, tkr(-158'472)}, {2, tkr(-147'191)}}, tkr(-153'701)},
        {"Vuxna 21-64 år", {{2, tkr(-58'667)}, {8, tkr(-56'161)}}, tkr(-58'889)},
        {"Personer med funktionsnedsättning", {{2, tkr(-490'366)}, {8, tkr(-504'793)}}, tkr(-502'933)},
    };
    auto result = forecastAccuracyByActivity(histories);
    ASSERT_TRUE(result) << result.error().message;
    ASSERT_EQ(result->size(), 3u);

    const auto &barn = (*result)[0];
    EXPECT_EQ(barn.activity, "Barn och unga");
    ASSERT_EQ(barn.accuracy.errors.size(), 2u);
    EXPECT_EQ(barn.accuracy.errors[0].month, 2);
    EXPECT_EQ(barn.accuracy.errors[0].error, tkr(6'510));
    EXPECT_EQ(barn.accuracy.errors[1].month, 8);
    EXPECT_EQ(barn.accuracy.errors[1].error, tkr(-4'771));
    EXPECT_EQ(barn.accuracy.meanAbsoluteError, Money::fromKronor(5'640'500));
    ASSERT_TRUE(barn.accuracy.meanAbsoluteShare.has_value());
    EXPECT_NEAR(*barn.accuracy.meanAbsoluteShare * 100.0, 3.67, 0.005);

    EXPECT_EQ((*result)[1].accuracy.errors[0].error, tkr(222));
    EXPECT_EQ((*result)[1].accuracy.errors[1].error, tkr(2'728));
    EXPECT_EQ((*result)[1].accuracy.meanAbsoluteError, tkr(1'475));

    EXPECT_EQ((*result)[2].accuracy.errors[0].error, tkr(12'567));
    EXPECT_EQ((*result)[2].accuracy.errors[1].error, tkr(-1'860));
    EXPECT_EQ((*result)[2].accuracy.meanAbsoluteError, Money::fromKronor(7'213'500));
}

TEST(ForecastAccuracy, MeanRoundsHalfAwayFromZeroToTheOre)
{
    // |1| + |2| + |2| öre over three forecasts = 5/3 = 1,67 → 2 öre.
    auto accuracy = forecastAccuracy({{4, Money::fromOre(101)}, {8, Money::fromOre(98)}, {10, Money::fromOre(102)}},
                                     Money::fromOre(100));
    ASSERT_TRUE(accuracy);
    EXPECT_EQ(accuracy->meanAbsoluteError, Money::fromOre(2));
}

TEST(ForecastAccuracy, ZeroFinalHasNoShare)
{
    // Seed 002 §2.1 "Preliminärbokförda fakturor" ends the year at 0 with prognos 0.
    auto accuracy = forecastAccuracy({{10, Money()}}, Money());
    ASSERT_TRUE(accuracy);
    EXPECT_EQ(accuracy->errors.front().error, Money());
    EXPECT_FALSE(accuracy->errors.front().errorShare.has_value());
    EXPECT_FALSE(accuracy->meanAbsoluteShare.has_value());
}

TEST(ForecastAccuracy, Errors)
{
    auto none = forecastAccuracy({}, tkr(-1));
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::MissingInput);

    auto badMonth = forecastAccuracy({{13, tkr(-1)}}, tkr(-1));
    ASSERT_FALSE(badMonth);
    EXPECT_EQ(badMonth.error().code, ErrorCode::OutOfRange);
    EXPECT_NE(badMonth.error().message.find("månad 13"), std::string::npos);

    auto twice = forecastAccuracy({{8, tkr(-1)}, {8, tkr(-2)}}, tkr(-1));
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);

    auto open = forecastAccuracyByActivity({{"Vuxna 21-64 år", {{8, tkr(-56'161)}}, std::nullopt}});
    ASSERT_FALSE(open);
    EXPECT_EQ(open.error().code, ErrorCode::MissingInput);
    EXPECT_NE(open.error().message.find("Vuxna 21-64 år"), std::string::npos);

    auto empty = forecastAccuracyByActivity({{"Nämnd och nämndstöd", {}, tkr(-2'501)}});
    ASSERT_FALSE(empty);
    EXPECT_NE(empty.error().message.find("Nämnd och nämndstöd"), std::string::npos);
}

} // namespace
