// SPDX-License-Identifier: GPL-3.0-or-later
// A computed forecast: the amount and its parts in structured form, for tooltips, reports and translation.
#pragma once

#include "forecastmethod.h"
#include "money.h"

#include <string>
#include <variant>
#include <vector>

namespace Tertial::Core {

// What an operand of a forecast is; a GUI words each term itself.
enum class ForecastTerm {
    Actual,            // utfall t.o.m. månaden (Money)
    BudgetFullYear,    // budget helår (Money)
    PeriodBudget,      // periodens budget (Money)
    RemainingBudget,   // återstående budget = budget helår − periodens budget (Money)
    Month,             // the month the utfall runs to, also the number of months (int)
    ManualValue,       // manuell prognos (Money)
    LastYearToMonth,   // fjolårets utfall t.o.m. månaden (Money)
    LastYearFullYear,  // fjolårets utfall helår (Money)
    LastYearShare,     // fjolårets andel av helåret t.o.m. månaden (double, 0..1)
    DaysLeft,          // dygn kvar av året efter månaden (int)
    PersonsPerDay,     // personer snitt per dygn, per insatstyp (double)
    CostPerDay,        // kostnad snitt per dygn, per insatstyp (Money)
    VolumeCost,        // återstående kostnad för en insatstyp (Money)
};

struct ForecastOperand final
{
    ForecastTerm term = ForecastTerm::Actual;
    std::variant<Money, double, int> value;
    std::string serviceType; // insatstyp for the per-insatstyp terms, else empty
};

struct ForecastResult final
{
    ForecastMethod method = ForecastMethod::Manual;
    Money amount;                          // prognos helår, to the öre
    std::vector<ForecastOperand> operands; // in the order the explanation names them
};

} // namespace Tertial::Core
