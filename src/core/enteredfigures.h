// SPDX-License-Identifier: GPL-3.0-or-later
// The figures a controller enters (or imports) for one verksamhet, one year, as of one month.
#pragma once

#include "money.h"

#include <optional>

namespace Tertial::Core {

// One verksamhet (or one verksamhet × kontoslag), one year, as of one month. Canonical signs:
// intäkter positive, kostnader negative, netto = intäkter + kostnader.
struct EnteredFigures final
{
    std::optional<Money> budgetYear;   // budget helår
    // Optional split of the helår budget (figure file: budget_intakter, budget_kostnader): the
    // periodens split follows the same profile as the netto. Without a netto budget of its own the
    // row's budget helår is the split's sum.
    std::optional<Money> budgetYearIncome;
    std::optional<Money> budgetYearCost;
    std::optional<Money> budgetPeriod; // explicitly entered periodens budget to the month
    std::optional<Money> actualIncome; // utfall intäkter, cumulative
    std::optional<Money> actualCost;   // utfall kostnader, cumulative (negative)
    std::optional<Money> actualNet;    // utfall netto when the split is unknown
    std::optional<Money> forecast;     // prognos helår made at the month
    std::optional<Money> previousYearActualNet; // utfall netto of the previous year to the same month
    // Optional split of the periodens budget, shown where a report prints it (seed 001 §3.1
    // "Budget intäkter", "Budget kostnader"); the netto periodens budget does not depend on it.
    std::optional<Money> budgetPeriodIncome;
    std::optional<Money> budgetPeriodCost;
    // Takes part in the year: has a budget helår or an utfall in some month of it. A sum's
    // prognos covers the whole only when every such part made one (lacksForecast in
    // economicmeasures.cpp): the one rule the tables, the charts' prognossäkerhet and the
    // reports share. False for callers that know only one month (then the budget decides).
    bool activeInYear = false;
};

} // namespace Tertial::Core
