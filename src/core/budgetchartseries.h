// SPDX-License-Identifier: GPL-3.0-or-later
// The series of the budget / utfall / prognos chart: one group of bars per verksamhet.
#pragma once

#include "economictable.h"
#include "error.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Core {

// One verksamhet's bars, canonical signs (kostnader negative), exact.
struct BudgetChartGroup final
{
    std::string name;
    std::optional<Money> budgetPeriod;      // periodens budget t.o.m. månaden
    std::optional<Money> actual;            // utfall netto t.o.m. månaden
    std::optional<Money> budgetDeviation;   // budgetavvikelse (the label over the utfall bar)
    std::optional<Money> budgetYear;        // budget helår
    std::optional<Money> forecast;          // prognos helår
    std::optional<Money> forecastDeviation; // prognosavvikelse (the label over the prognos bar)
};

struct BudgetChartSeries final
{
    int year = 0;
    int month = 0;
    std::string title;                   // the nämnd or the parent verksamhet
    std::vector<BudgetChartGroup> groups; // in tree order
    BudgetChartGroup total;              // the sum of the groups (Summa)
};

// The children of `parent` (absent: the top-level verksamheter of the table) with their
// values as the economic table derived them; memo rows are left out, as they are out of the
// sums, and so are verksamheter without any figure. The total is the table's Summa at top level, else the parent row itself.
// NotFound when `parent` is not in the table; InvalidInput when it has no children.
Result<BudgetChartSeries> budgetChartSeries(const EconomicTable &table, std::optional<NodeId> parent,
                                            const std::string &title);

} // namespace Tertial::Core
