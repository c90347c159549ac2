// SPDX-License-Identifier: GPL-3.0-or-later
// The stored figure measures (mått) and their codes in files and in the database.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace Tertial::Storage {

// mått
enum class Measure {
    Budget,          // budget helår
    BudgetIncome,    // budget intäkter helår (the split of budget, where a report prints it)
    BudgetCost,      // budget kostnader helår
    BudgetPeriod,    // periodens budget to the month, overrides periodisation
    ActualIncome,    // utfall intäkter, cumulative
    ActualCost,      // utfall kostnader, cumulative
    ActualNet,       // utfall netto, cumulative (when the split is unknown)
    Forecast,        // prognos helår, made in the month
};

inline constexpr std::array<Measure, 8> allMeasures = {
    Measure::Budget, Measure::BudgetIncome, Measure::BudgetCost, Measure::BudgetPeriod, Measure::ActualIncome,
    Measure::ActualCost, Measure::ActualNet, Measure::Forecast,
};

// "budget", "budget_period", "utfall_intakter", ...
std::string_view measureCode(Measure measure);
std::optional<Measure> measureFromCode(std::string_view code);

// Only the full-year budget and its split have no month; every other measure runs to a month.
constexpr bool measureHasMonth(Measure measure)
{
    return measure != Measure::Budget && measure != Measure::BudgetIncome && measure != Measure::BudgetCost;
}

} // namespace Tertial::Storage
