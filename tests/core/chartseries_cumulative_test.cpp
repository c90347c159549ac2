// SPDX-License-Identifier: GPL-3.0-or-later
// Cumulative utfall vs periodised budget, forecast line and method band (seed 002 §2.1, seed 001 §3.1).
#include "core/cumulativechartseries.h"
#include "publishedrow.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace Tertial::Core::Test {
namespace {

// seed 002 §2.1 Barn och unga, oktober 2017: utfall netto 3 970 − 92 522 = -88 552, budget helår
// -103 783, prognos -107 623.
CumulativeChartInputs seed002ChildrenAndYouth()
{
    CumulativeChartInputs inputs;
    inputs.year = 2017;
    inputs.month = 10;
    inputs.actual[9] = tkr(-88'552);
    inputs.budgetYear = tkr(-103'783);
    inputs.forecast = tkr(-107'623);
    return inputs;
}

TEST(CumulativeChartSeries, BudgetIsThePeriodisedBudgetPerMonth)
{
    const auto series = cumulativeChartSeries(seed002ChildrenAndYouth());
    ASSERT_TRUE(series);
    // seed 002 §2.1: budget ack okt -103 783 × 10/12 = -86 486 (tkr, rounded).
    EXPECT_EQ(series->budget[9].roundedTo(100'000), tkr(-86'486));
    EXPECT_EQ(series->budget[11], tkr(-103'783));
    // seed 001 §3.1 uses the same linear rule: 147 191 × 2/12 = 24 532 for februari.
    CumulativeChartInputs seed001;
    seed001.year = 2018;
    seed001.month = 2;
    seed001.budgetYear = tkr(-147'191);
    EXPECT_EQ(cumulativeChartSeries(seed001)->budget[1].roundedTo(100'000), tkr(-24'532));
}

TEST(CumulativeChartSeries, AnEnteredBudgetPerMonthWins)
{
    // seed 002 §2.1 Myndighet och huvudmannaskap: periodens budget t.o.m. oktober is entered as
    // -93 593 (not -112 169 × 10/12 = -93 474); budget helår -112 169, utfall -96 456.
    CumulativeChartInputs inputs;
    inputs.year = 2017;
    inputs.month = 10;
    inputs.actual[9] = tkr(-96'456);
    inputs.budgetYear = tkr(-112'169);
    std::array<Money, 12> budget{};
    budget[9] = tkr(-93'593);
    budget[11] = tkr(-112'169);
    inputs.budgetByMonth = budget;
    const auto series = cumulativeChartSeries(inputs);
    ASSERT_TRUE(series);
    EXPECT_EQ(series->budget[9], tkr(-93'593));
    // utfall + återstående budget: -96 456 + (-112 169 + 93 593) = -115 032.
    const auto it = std::find_if(series->methods.begin(), series->methods.end(), [](const MethodForecast &f) {
        return f.method == ForecastMethod::ActualPlusRemainingBudget;
    });
    ASSERT_NE(it, series->methods.end());
    EXPECT_EQ(it->amount, tkr(-115'032));
}

TEST(CumulativeChartSeries, ForecastLineRunsFromTheUtfallToTheEnteredPrognos)
{
    const auto series = cumulativeChartSeries(seed002ChildrenAndYouth());
    ASSERT_TRUE(series);
    ASSERT_EQ(series->actual.size(), 1u);
    EXPECT_EQ(series->actual[0].month, 10);
    ASSERT_EQ(series->forecastLine.size(), 3u); // okt, nov, dec
    EXPECT_EQ(series->forecastLine[0].amount, tkr(-88'552));
    // Half way: -88 552 + (-107 623 + 88 552) / 2 = -98 087,5.
    EXPECT_EQ(series->forecastLine[1].amount, Money::fromKronor(-98'087'500));
    EXPECT_EQ(series->forecastLine[2].amount, tkr(-107'623));
}

TEST(CumulativeChartSeries, BandSpansTheMethods)
{
    const auto series = cumulativeChartSeries(seed002ChildrenAndYouth());
    ASSERT_TRUE(series);
    // manuell -107 623 (the entered prognos), budget -103 783, linjär uppräkning
    // -88 552 × 12/10 = -106 262,4, utfall + återstående budget -88 552 + (-103 783 + 86 485,833)
    // = -105 849,167; no säsong without last year.
    ASSERT_EQ(series->methods.size(), 4u);
    EXPECT_EQ(series->methods[0].method, ForecastMethod::Manual);
    EXPECT_EQ(series->methods[2].method, ForecastMethod::RunRate);
    EXPECT_EQ(series->methods[2].amount, Money::fromKronor(-106'262'400));
    EXPECT_EQ(series->methods[3].amount.roundedTo(100), Money::fromKronor(-105'849'167));
    EXPECT_EQ(series->bandLow.back().amount, tkr(-107'623));
    EXPECT_EQ(series->bandHigh.back().amount, tkr(-103'783));
    EXPECT_EQ(series->bandLow.front().amount, tkr(-88'552));
}

TEST(CumulativeChartSeries, WithoutPrognosTheLineEndsInUtfallPlusRemainingBudget)
{
    CumulativeChartInputs inputs = seed002ChildrenAndYouth();
    inputs.forecast.reset();
    const auto series = cumulativeChartSeries(inputs);
    ASSERT_TRUE(series);
    EXPECT_EQ(series->forecast->roundedTo(100), Money::fromKronor(-105'849'167));
    EXPECT_EQ(series->methods.size(), 3u);
}

TEST(CumulativeChartSeries, NoUtfallNoLine)
{
    CumulativeChartInputs inputs = seed002ChildrenAndYouth();
    inputs.actual[9].reset();
    inputs.actual[3] = tkr(-30'000);
    const auto series = cumulativeChartSeries(inputs);
    ASSERT_TRUE(series);
    EXPECT_EQ(series->actual.size(), 1u);
    EXPECT_TRUE(series->forecastLine.empty());
    EXPECT_TRUE(series->bandLow.empty());
    inputs.month = 13;
    EXPECT_EQ(cumulativeChartSeries(inputs).error().code, ErrorCode::OutOfRange);
}

} // namespace
} // namespace Tertial::Core::Test
