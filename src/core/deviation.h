// SPDX-License-Identifier: GPL-3.0-or-later
// Avvikelser and ratios derived from exact amounts (domain.md §4.1, 4.2, 4.4, 4.5).
#pragma once

#include "money.h"

#include <optional>

namespace Tertial::Core {

// The base of "avvikelse i procent", a setting of the report (domain.md §4.4).
enum class PercentBase {
    Budget, // avvikelse / |periodens budget| (most municipalities)
    Actual, // avvikelse / |utfall netto| (Nacka, seed 000 §7)
};

// Utfall netto = intäkter + kostnader; an entered netto wins (the storage checks that it agrees
// with a split given beside it). One side of the split alone counts the other as zero (a row
// with costs only, seed 002 "Nämnd och nämndstöd").
std::optional<Money> combinedActualNet(std::optional<Money> income, std::optional<Money> cost,
                                       std::optional<Money> enteredNet);

// budgetavvikelse = utfall netto − periodens budget. Needs the utfall; an absent budget counts as
// zero, so actuals without a budget are a deviation in full (seed 002 "Preliminärbokförda fakturor").
std::optional<Money> budgetDeviation(std::optional<Money> actualNetValue, std::optional<Money> budgetPeriod);

// prognosavvikelse = prognos helår − budget helår; needs the prognos, an absent budget is zero.
std::optional<Money> forecastDeviation(std::optional<Money> forecast, std::optional<Money> budgetYear);

// avvikelse / |base|; no value when either is absent or the base is zero (never inf or NaN).
std::optional<double> deviationPercent(std::optional<Money> deviation, std::optional<Money> base);

// förändring = utfall(y) − utfall(y−1) in canonical signs; needs both.
std::optional<Money> changeFromPreviousYear(std::optional<Money> actualNetValue,
                                            std::optional<Money> previousYearActualNet);

// förändring i procent = (|u(y)| − |u(y−1)|) / |u(y−1)|: the change of the absolute cost.
std::optional<double> changePercent(std::optional<Money> actualNetValue,
                                    std::optional<Money> previousYearActualNet);

// förbrukningsgrad = utfall netto / budget helår (compare with the riktpunkt months / 12).
std::optional<double> consumption(std::optional<Money> actualNetValue, std::optional<Money> budgetYear);

// budgethållning (Huddinge, seed 003) = prognosavvikelse / |budget helår|.
std::optional<double> budgetKeeping(std::optional<Money> forecastDeviation,
                                    std::optional<Money> budgetYear);

} // namespace Tertial::Core
