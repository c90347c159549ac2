// SPDX-License-Identifier: GPL-3.0-or-later
// Prognossäkerhet: how far each forecast of a year, made in different months, was from the final utfall.
#pragma once

#include "error.h"
#include "money.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Core {

// A full-year forecast (prognos helår) as it was made in `month` (T1 = 4, T2 = 8).
struct ForecastSnapshot final
{
    int month = 0;
    Money forecast;
};

struct ForecastError final
{
    int month = 0;
    Money forecast;
    // prognosfel = prognos − utfall, canonical signs: negative means the forecast was worse than
    // the year turned out (a cost forecast too high), positive that it was too optimistic.
    Money error;
    // error / |utfall|; empty when the final utfall is zero.
    std::optional<double> errorShare;
};

struct ForecastAccuracy final
{
    Money finalActual;                  // utfall helår
    std::vector<ForecastError> errors;  // by month, earliest first
    Money meanAbsoluteError;            // mean of |error|, to the öre (half away from zero)
    std::optional<double> meanAbsoluteShare; // meanAbsoluteError / |utfall|; empty when utfall is zero
};

// Needs at least one forecast, months 1..12, each month at most once.
Result<ForecastAccuracy> forecastAccuracy(const std::vector<ForecastSnapshot> &forecasts,
                                          Money finalActual);

// The forecast history of one verksamhet for one year.
struct ActivityForecastHistory final
{
    std::string activity; // verksamhet, named in errors
    std::vector<ForecastSnapshot> forecasts;
    std::optional<Money> finalActual; // empty while the year is not closed
};

struct ActivityForecastAccuracy final
{
    std::string activity;
    ForecastAccuracy accuracy;
};

// One summary per verksamhet, in the given order; the first bad history is the error.
Result<std::vector<ActivityForecastAccuracy>>
forecastAccuracyByActivity(const std::vector<ActivityForecastHistory> &histories);

} // namespace Tertial::Core
