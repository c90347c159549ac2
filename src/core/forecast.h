// SPDX-License-Identifier: GPL-3.0-or-later
// Computes a full-year forecast (prognos helår) by one of the six forecast methods.
#pragma once

#include "error.h"
#include "forecastinputs.h"
#include "forecastmethod.h"
#include "forecastresult.h"

namespace Tertial::Core {

// Each method reads only the inputs it needs; a missing one is a MissingInput error naming it,
// an impossible one (month 13, last year's utfall zero) an OutOfRange error. Results are exact
// to the öre, rounded half away from zero where a division is involved.
//   Manual:                    manualValue
//   Budget:                    budgetFullYear
//   RunRate:                   actual × 12 / month
//   ActualPlusRemainingBudget: actual + (budgetFullYear − periodBudget)
//   Seasonal:                  actual × lastYearActualFullYear / lastYearActualToMonth
//   VolumeBased:               actual + Σ personsPerDay × costPerDay × days left after month in year
Result<ForecastResult> computeForecast(ForecastMethod method, const ForecastInputs &inputs);

} // namespace Tertial::Core
