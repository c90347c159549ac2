// SPDX-License-Identifier: GPL-3.0-or-later
// Cumulative utfall, periodised budget, forecast line and method band.
#include "cumulativechartseries.h"

#include "forecast.h"

#include <algorithm>
#include <string>

namespace Tertial::Core {
namespace {

// Straight line from (from, start) to (12, end), one point per month, exact to the öre.
std::vector<MonthAmount> lineToDecember(int from, Money start, Money end)
{
    std::vector<MonthAmount> line;
    const int steps = 12 - from;
    for (int m = from; m <= 12; ++m) {
        const Money value = steps == 0 ? end : start + (end - start).scaled(m - from, steps);
        line.push_back({m, value});
    }
    return line;
}

} // namespace

Result<CumulativeChartSeries> cumulativeChartSeries(const CumulativeChartInputs &inputs)
{
    if (inputs.month < 1 || inputs.month > 12)
        return fail(ErrorCode::OutOfRange, "diagram ackumulerat: månad " + std::to_string(inputs.month) +
                                               " ligger utanför 1–12");
    CumulativeChartSeries series;
    series.year = inputs.year;
    series.month = inputs.month;
    if (inputs.budgetByMonth)
        series.budget = *inputs.budgetByMonth;
    else
        for (int m = 1; m <= 12; ++m)
            series.budget[static_cast<std::size_t>(m - 1)] =
                inputs.periodization.cumulativeBudget(inputs.budgetYear, inputs.year, m);
    for (int m = 1; m <= inputs.month; ++m) {
        if (const auto &value = inputs.actual[static_cast<std::size_t>(m - 1)])
            series.actual.push_back({m, *value});
    }

    const std::optional<Money> actualNow = inputs.actual[static_cast<std::size_t>(inputs.month - 1)];
    if (!actualNow)
        return series;

    ForecastInputs forecastInputs;
    forecastInputs.year = inputs.year;
    forecastInputs.month = inputs.month;
    forecastInputs.actual = actualNow;
    forecastInputs.budgetFullYear = inputs.budgetYear;
    forecastInputs.periodBudget = series.budget[static_cast<std::size_t>(inputs.month - 1)];
    forecastInputs.manualValue = inputs.forecast;
    forecastInputs.lastYearActualToMonth = inputs.lastYearActualToMonth;
    forecastInputs.lastYearActualFullYear = inputs.lastYearActualFullYear;
    for (ForecastMethod method : kAllForecastMethods) {
        // Volume-based needs per-insatstyp inputs this chart does not have; the others simply
        // fail on a missing input and are then not part of the band.
        if (method == ForecastMethod::VolumeBased)
            continue;
        if (auto result = computeForecast(method, forecastInputs))
            series.methods.push_back({method, result->amount});
    }

    if (inputs.forecast) {
        series.forecast = inputs.forecast;
    } else {
        const auto it = std::find_if(series.methods.begin(), series.methods.end(), [](const MethodForecast &f) {
            return f.method == ForecastMethod::ActualPlusRemainingBudget;
        });
        if (it != series.methods.end())
            series.forecast = it->amount;
    }
    if (series.forecast)
        series.forecastLine = lineToDecember(inputs.month, *actualNow, *series.forecast);
    if (!series.methods.empty()) {
        const auto [low, high] = std::minmax_element(
            series.methods.begin(), series.methods.end(),
            [](const MethodForecast &a, const MethodForecast &b) { return a.amount < b.amount; });
        series.bandLow = lineToDecember(inputs.month, *actualNow, low->amount);
        series.bandHigh = lineToDecember(inputs.month, *actualNow, high->amount);
    }
    return series;
}

} // namespace Tertial::Core
