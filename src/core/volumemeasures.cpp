// SPDX-License-Identifier: GPL-3.0-or-later
// Derived volume measures.
#include "volumemeasures.h"

#include "volumecalendar.h"

#include <cmath>
#include <string>

namespace Tertial::Core {
namespace {

// Volumes come from counts people typed or imported: a NaN or infinity is a bad input, not a
// value to compute with.
bool isUsable(double value)
{
    return std::isfinite(value);
}

} // namespace

Result<Money> costPerDay(Money cost, double days)
{
    if (!isUsable(days) || days <= 0.0)
        return fail(ErrorCode::OutOfRange, "kostnad per dygn: antal dygn måste vara större än noll");
    // The quotient of an exact amount by a count, rounded half away from zero.
    return cost.isValid() ? Money::fromRoundedOre(static_cast<double>(cost.ore()) / days) : Money::invalid();
}

std::optional<Money> verksamhetCostToPeriod(std::optional<Money> actualCost, std::optional<Money> actualNet)
{
    const std::optional<Money> spent = actualCost ? actualCost : actualNet;
    if (!spent)
        return std::nullopt;
    return spent->abs();
}

std::optional<Money> verksamhetCostPerDay(std::optional<Money> actualCost, std::optional<Money> actualNet,
                                          double daysToPeriod)
{
    const std::optional<Money> spent = verksamhetCostToPeriod(actualCost, actualNet);
    if (!spent)
        return std::nullopt;
    auto perDay = costPerDay(*spent, daysToPeriod);
    if (!perDay)
        return std::nullopt;
    return *perDay;
}

Result<double> hoursPerCustomer(double hours, double customers)
{
    if (!isUsable(hours) || hours < 0.0)
        return fail(ErrorCode::OutOfRange, "timmar per kund: antal timmar måste vara noll eller mer");
    if (!isUsable(customers) || customers <= 0.0)
        return fail(ErrorCode::OutOfRange, "timmar per kund: antal kunder måste vara större än noll");
    return hours / customers;
}

Result<double> averagePersonsPerDay(double days, int year, int firstMonth, int lastMonth)
{
    if (!isUsable(days) || days < 0.0)
        return fail(ErrorCode::OutOfRange, "personer snitt per dygn: antal dygn måste vara noll eller mer");
    auto calendarDays = daysInMonths(year, firstMonth, lastMonth);
    if (!calendarDays)
        return std::unexpected(calendarDays.error());
    return days / *calendarDays;
}

Result<double> weightedToStandardMonth(double value, int year, int month)
{
    if (!isUsable(value))
        return fail(ErrorCode::InvalidInput, "viktning till 30,5 dygn: värdet är inte ett tal");
    auto days = daysInMonth(year, month);
    if (!days)
        return std::unexpected(days.error());
    return value * kStandardMonthDays / *days;
}

} // namespace Tertial::Core
