// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forecast.h"
#include "core/forecastexplanation.h"

#include <gtest/gtest.h>

using namespace Tertial::Core;

namespace {

Money tkr(std::int64_t thousands)
{
    return Money::fromThousands(thousands);
}

std::string explain(ForecastMethod method, const ForecastInputs &inputs, AmountUnit unit = AmountUnit::Thousands,
                    NumberStyle style = {})
{
    auto result = computeForecast(method, inputs);
    if (!result)
        return "error: " + result.error().message;
    return explainForecast(*result, unit, style);
}

ForecastInputs seed002BarnOchUnga()
{
    // Seed 002 §2.1 Ekonomisk tabell, Barn och unga, t.o.m. oktober 2017.
    ForecastInputs inputs;
    inputs.year = 2017;
    inputs.month = 10;
    inputs.actual = tkr(-88'552);
    inputs.periodBudget = tkr(-86'486);
    inputs.budgetFullYear = tkr(-103'783);
    inputs.manualValue = tkr(-107'623);
    return inputs;
}

TEST(ForecastExplanation, RunRate)
{
    // -88 552 × 12/10 = -106 262,4 → "-106 262" tkr.
    EXPECT_EQ(explain(ForecastMethod::RunRate, seed002BarnOchUnga()),
              "utfall -88 552 tkr × 12/10 = -106 262 tkr");
}

TEST(ForecastExplanation, RunRateInMillionsAndUnicodeStyle)
{
    // Same figures in mnkr, one decimal: -88,552 → "-88,6"; -106,2624 → "-106,3".
    EXPECT_EQ(explain(ForecastMethod::RunRate, seed002BarnOchUnga(), AmountUnit::Millions),
              "utfall -88,6 mnkr × 12/10 = -106,3 mnkr");
    // U+2212 minus and no-break spaces, also between number and unit.
    const NumberStyle style{NumberStyle::Minus::Unicode, NumberStyle::Grouping::NoBreakSpace};
    EXPECT_EQ(explain(ForecastMethod::RunRate, seed002BarnOchUnga(), AmountUnit::Thousands, style),
              "utfall \u221288\u00a0552\u00a0tkr × 12/10 = \u2212106\u00a0262\u00a0tkr");
}

TEST(ForecastExplanation, ActualPlusRemainingBudget)
{
    // -103 783 − (-86 486) = -17 297; -88 552 + (-17 297) = -105 849.
    EXPECT_EQ(explain(ForecastMethod::ActualPlusRemainingBudget, seed002BarnOchUnga()),
              "utfall -88 552 tkr + återstående budget -17 297 tkr (budget helår -103 783 tkr "
              "\u2212 periodens budget -86 486 tkr) = -105 849 tkr");
}

TEST(ForecastExplanation, BudgetAndManual)
{
    // Seed 001 §3.1 Barn och unga: prognos = budget helår -147 191.
    ForecastInputs inputs;
    inputs.budgetFullYear = tkr(-147'191);
    EXPECT_EQ(explain(ForecastMethod::Budget, inputs), "budget helår = -147 191 tkr");
    EXPECT_EQ(explain(ForecastMethod::Manual, seed002BarnOchUnga()), "manuell prognos = -107 623 tkr");
}

TEST(ForecastExplanation, Seasonal)
{
    // Seed 000 §7 barn och unga 2020: t.o.m. augusti -105 671 of -153 701 = 68,75 % → "68,8 %".
    ForecastInputs inputs;
    inputs.month = 8;
    inputs.actual = tkr(-105'671);
    inputs.lastYearActualToMonth = tkr(-105'671);
    inputs.lastYearActualFullYear = tkr(-153'701);
    EXPECT_EQ(explain(ForecastMethod::Seasonal, inputs),
              "utfall -105 671 tkr / 68,8 % (fjolårets utfall t.o.m. augusti -105 671 tkr av -153 701 tkr) "
              "= -153 701 tkr");
}

TEST(ForecastExplanation, VolumeBased)
{
    // As in forecast_test: 11 791 / 244 = 48,32 personer; -18 759 481 kr → -18 759 tkr;
    // the forecast -28 139 221,50 kr → -28 139 tkr.
    ForecastInputs inputs;
    inputs.year = 2020;
    inputs.month = 8;
    inputs.actual = Money::fromKronor(-18'759'481);
    inputs.volumes = {{"Heldygnsvård", 11'791.0 / 244.0, Money::fromKronor(-1'591)}};
    EXPECT_EQ(explain(ForecastMethod::VolumeBased, inputs),
              "utfall -18 759 tkr + Heldygnsvård 48,3 personer × -1 591 kr/dygn × 122 dygn = -28 139 tkr");
}

TEST(ForecastExplanation, VolumeBasedSeveralTypes)
{
    // April 2020: 245 days left. 17 484 / 366 = 47,77 → "47,8"; 3 090 / 366 = 8,44 → "8,4".
    // -1 000 000 000 − 1 862 069 885 − 880 949 713 öre = -37 430 195,98 kr → -37 430 tkr.
    ForecastInputs inputs;
    inputs.year = 2020;
    inputs.month = 4;
    inputs.actual = Money::fromKronor(-10'000'000);
    inputs.volumes = {{"Heldygnsvård", 17'484.0 / 366.0, Money::fromKronor(-1'591)},
                      {"Särskilt boende", 3'090.0 / 366.0, Money::fromKronor(-4'259)}};
    EXPECT_EQ(explain(ForecastMethod::VolumeBased, inputs),
              "utfall -10 000 tkr + Heldygnsvård 47,8 personer × -1 591 kr/dygn × 245 dygn"
              " + Särskilt boende 8,4 personer × -4 259 kr/dygn × 245 dygn = -37 430 tkr");
}

} // namespace
