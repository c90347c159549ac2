// SPDX-License-Identifier: GPL-3.0-or-later
// Cumulative utfall per month against the periodised budget, with the forecast line and the method band.
#pragma once

#include "error.h"
#include "forecastmethod.h"
#include "money.h"
#include "periodizationprofile.h"

#include <array>
#include <optional>
#include <vector>

namespace Tertial::Core {

struct CumulativeChartInputs final
{
    int year = 0;
    int month = 0;                                 // the reporting month, 1..12
    std::array<std::optional<Money>, 12> actual;   // utfall netto t.o.m. each month (cumulative)
    Money budgetYear;                              // budget helår
    PeriodizationProfile periodization;            // how the budget spreads over the months
    // The ackumulerad budget per month as the economic table derived it (entered periodens
    // budget, each verksamhet's own profile summed into a parent); when given it replaces
    // budgetYear spread by `periodization`.
    std::optional<std::array<Money, 12>> budgetByMonth;
    std::optional<Money> forecast;                 // the prognos helår entered for the month
    std::optional<Money> lastYearActualToMonth;    // for the seasonal method, when known
    std::optional<Money> lastYearActualFullYear;
};

// A forecast by one method, one end of the band or a point inside it.
struct MethodForecast final
{
    ForecastMethod method = ForecastMethod::Budget;
    Money amount;
};

// A point of a line: month 1..12 and an amount, canonical signs.
struct MonthAmount final
{
    int month = 0;
    Money amount;
};

struct CumulativeChartSeries final
{
    int year = 0;
    int month = 0;
    std::vector<MonthAmount> actual;       // months 1..month that have an utfall
    std::array<Money, 12> budget;          // ackumulerad budget t.o.m. each month
    std::optional<Money> forecast;         // the prognos the forecast line ends in
    std::vector<MonthAmount> forecastLine; // from the reporting month's utfall to december
    std::vector<MethodForecast> methods;   // every method that could be computed, in method order
    std::vector<MonthAmount> bandLow;      // the lowest and highest method, same months as the line
    std::vector<MonthAmount> bandHigh;
};

// The forecast line and the band run straight from the utfall of the reporting month to the
// december value (linear, exact to the öre): a chart shows where the year is heading, not a
// monthly forecast. The line ends in the entered prognos, or without one in the utfall +
// återstående budget method. The band spans every method that can be computed from the inputs
// (budget, linjär uppräkning, utfall + återstående budget, säsong when last year is known, and
// the entered prognos as manuell). Without an utfall for the reporting month there is no line
// and no band. OutOfRange for a month outside 1..12.
Result<CumulativeChartSeries> cumulativeChartSeries(const CumulativeChartInputs &inputs);

} // namespace Tertial::Core
