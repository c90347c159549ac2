// SPDX-License-Identifier: GPL-3.0-or-later
// Measure codes.
#include "measure.h"

namespace Tertial::Storage {

std::string_view measureCode(Measure measure)
{
    switch (measure) {
    case Measure::Budget: return "budget";
    case Measure::BudgetIncome: return "budget_intakter";
    case Measure::BudgetCost: return "budget_kostnader";
    case Measure::BudgetPeriod: return "budget_period";
    case Measure::ActualIncome: return "utfall_intakter";
    case Measure::ActualCost: return "utfall_kostnader";
    case Measure::ActualNet: return "utfall_netto";
    case Measure::Forecast: return "prognos";
    }
    return "budget";
}

std::optional<Measure> measureFromCode(std::string_view code)
{
    for (Measure m : allMeasures)
        if (measureCode(m) == code)
            return m;
    return std::nullopt;
}

} // namespace Tertial::Storage
