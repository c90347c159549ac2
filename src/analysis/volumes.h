// SPDX-License-Identifier: GPL-3.0-or-later
// Volume series of a nämnd-year with their derived values: personer snitt per dygn and kostnad per dygn.
#pragma once

#include "namndinputs.h"

#include "core/economictable.h"
#include "core/money.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Tertial::Analysis {

// One series of the year: a verksamhet's insatstyp and mått, its stored values by month (a value
// may cover several months ending at its month: a tertial).
struct VolumeSeries final
{
    Storage::Id verksamhetId = 0;
    std::string serviceType;
    Core::VolumeMeasure measure = Core::VolumeMeasure::Persons;
    std::map<int, Storage::Volume> months;
    // For dygn: personer snitt per dygn of each month with a value (dygn / the days it covers).
    std::map<int, double> personsPerDay;
};

// kostnad per dygn of a verksamhet up to the period: its utfall kostnader (netto when only that
// is given) as a positive amount over all its dygn up to the period.
struct UnitCost final
{
    Storage::Id verksamhetId = 0;
    double daysToPeriod = 0;
    std::optional<Core::Money> costToPeriod;
    std::optional<Core::Money> costPerDay;
};

struct Volumes final
{
    std::vector<VolumeSeries> series;          // in tree order, then insatstyp, then mått
    std::map<Storage::Id, UnitCost> unitCosts; // verksamheter with dygn
};

// This year's volumes as of `month`, the costs taken from `table` (the month's economic table).
Volumes volumesAsOf(const NamndInputs &inputs, int month, const Core::EconomicTable &table);

} // namespace Tertial::Analysis
