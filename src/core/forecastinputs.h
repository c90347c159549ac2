// SPDX-License-Identifier: GPL-3.0-or-later
// The figures a forecast is computed from, all passed in; an absent figure is an empty optional.
#pragma once

#include "money.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Core {

// One insatstyp of a volume-based forecast ("Personer snitt per dygn", "Kostnad snitt per dygn").
struct VolumeForecastInput final
{
    std::string serviceType;             // insatstyp, named in errors and explanations
    std::optional<double> personsPerDay; // personer snitt per dygn for the rest of the year
    std::optional<Money> costPerDay;     // kostnad snitt per dygn, canonical sign: a cost is negative
};

// Amounts are in canonical signs (intäkter positive, kostnader negative) as everywhere in the core.
struct ForecastInputs final
{
    std::optional<int> year;                    // budgetår (leap years matter for dygn kvar)
    std::optional<int> month;                   // the month the utfall runs to, 1..12
    std::optional<Money> actual;                // utfall netto t.o.m. månaden
    std::optional<Money> budgetFullYear;        // budget helår
    std::optional<Money> periodBudget;          // periodens budget t.o.m. månaden
    std::optional<Money> manualValue;           // the controller's own forecast
    std::optional<Money> lastYearActualToMonth; // fjolårets utfall t.o.m. samma månad
    std::optional<Money> lastYearActualFullYear; // fjolårets utfall helår
    std::vector<VolumeForecastInput> volumes;   // per insatstyp, for the volume-based method
};

} // namespace Tertial::Core
