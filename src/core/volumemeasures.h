// SPDX-License-Identifier: GPL-3.0-or-later
// Derived volume measures (verksamhetsstatistik): cost per day, hours per customer, daily averages.
#pragma once

#include "error.h"
#include "money.h"

#include <optional>

namespace Tertial::Core {

// kostnad per dygn = kostnad / dygn, to the öre (half away from zero); the sign of `cost` is kept.
// Seed 000 §7 Heldygnsvård: 27 815 tkr / 17 484 dygn = 1 590,87 kr (printed 1 591).
Result<Money> costPerDay(Money cost, double days);

// A verksamhet's kostnad per dygn t.o.m. perioden: its utfall kostnader (its utfall netto when the
// split is unknown) as a positive amount over all its dygn t.o.m. perioden, every insatstyp
// together (the cost is not split by insatstyp). None without an utfall or without dygn.
// The cost side of that: utfall kostnader, else utfall netto, as a positive amount.
std::optional<Money> verksamhetCostToPeriod(std::optional<Money> actualCost, std::optional<Money> actualNet);

std::optional<Money> verksamhetCostPerDay(std::optional<Money> actualCost, std::optional<Money> actualNet,
                                          double daysToPeriod);

// timmar per kund = timmar / kunder. Seed 000 §7 Personlig assistans: 16 279 / 59 = 275,9.
Result<double> hoursPerCustomer(double hours, double customers);

// personer snitt per dygn = dygn / calendar days of the months firstMonth..lastMonth of `year`.
Result<double> averagePersonsPerDay(double days, int year, int firstMonth, int lastMonth);

// The days of a month as a standard 30,5-day month, so that months compare in a chart
// (seed 001: "viktats så att varje månad har 30,5 dygn"): value × 30,5 / days in that month.
Result<double> weightedToStandardMonth(double value, int year, int month);

// The length of the standard month used above.
inline constexpr double kStandardMonthDays = 30.5;

} // namespace Tertial::Core
