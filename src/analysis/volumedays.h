// SPDX-License-Identifier: GPL-3.0-or-later
// Dygn of a verksamhet to a month: what kostnad per dygn and the volume-driven forecast divide by.
#pragma once

#include "core/error.h"
#include "core/forecastinputs.h"
#include "core/money.h"
#include "storage/records.h"

#include <map>
#include <optional>
#include <span>
#include <string>

namespace Tertial::Analysis {

// Σ dygn of `verksamhet` in `year` with an end month up to `month` (a value covering several
// months counts at its end month), every insatstyp together.
double daysToMonth(std::span<const Storage::Volume> volumes, Storage::Id verksamhet, int year, int month);

// The same per insatstyp.
std::map<std::string, double> daysToMonthByServiceType(std::span<const Storage::Volume> volumes, Storage::Id verksamhet,
                                                       int year, int month);

// The volume-driven forecast's inputs for a verksamhet as of `month` (domain.md §4.9): per
// insatstyp with dygn, personer snitt per dygn = its dygn so far / the days of januari..month,
// and the verksamhet's kostnad snitt per dygn so far (kostnader, else netto, over all its dygn;
// negative: a cost). Empty without dygn; the forecast then names what is missing.
std::vector<Core::VolumeForecastInput> volumeForecastInputs(std::span<const Storage::Volume> volumes,
                                                            Storage::Id verksamhet, int year, int month,
                                                            std::optional<Core::Money> actualCost,
                                                            std::optional<Core::Money> actualNet);

} // namespace Tertial::Analysis
