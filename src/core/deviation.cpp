// SPDX-License-Identifier: GPL-3.0-or-later
// Avvikelser and ratios.
#include "deviation.h"

namespace Tertial::Core {
namespace {

std::optional<double> ratio(Money numerator, Money denominator)
{
    if (denominator.isZero())
        return std::nullopt;
    return numerator.ratioTo(denominator);
}

} // namespace

std::optional<Money> combinedActualNet(std::optional<Money> income, std::optional<Money> cost,
                                       std::optional<Money> enteredNet)
{
    if (enteredNet)
        return enteredNet;
    if (!income && !cost)
        return std::nullopt;
    return income.value_or(Money{}) + cost.value_or(Money{});
}

std::optional<Money> budgetDeviation(std::optional<Money> actualNetValue, std::optional<Money> budgetPeriod)
{
    if (!actualNetValue)
        return std::nullopt;
    return *actualNetValue - budgetPeriod.value_or(Money{});
}

std::optional<Money> forecastDeviation(std::optional<Money> forecast, std::optional<Money> budgetYear)
{
    if (!forecast)
        return std::nullopt;
    return *forecast - budgetYear.value_or(Money{});
}

std::optional<double> deviationPercent(std::optional<Money> deviation, std::optional<Money> base)
{
    if (!deviation || !base)
        return std::nullopt;
    return ratio(*deviation, base->abs());
}

std::optional<Money> changeFromPreviousYear(std::optional<Money> actualNetValue,
                                            std::optional<Money> previousYearActualNet)
{
    if (!actualNetValue || !previousYearActualNet)
        return std::nullopt;
    return *actualNetValue - *previousYearActualNet;
}

std::optional<double> changePercent(std::optional<Money> actualNetValue,
                                    std::optional<Money> previousYearActualNet)
{
    if (!actualNetValue || !previousYearActualNet)
        return std::nullopt;
    const Money previous = previousYearActualNet->abs();
    return ratio(actualNetValue->abs() - previous, previous);
}

std::optional<double> consumption(std::optional<Money> actualNetValue, std::optional<Money> budgetYear)
{
    if (!actualNetValue || !budgetYear)
        return std::nullopt;
    return ratio(*actualNetValue, *budgetYear);
}

std::optional<double> budgetKeeping(std::optional<Money> forecastDeviationValue,
                                    std::optional<Money> budgetYear)
{
    if (!forecastDeviationValue || !budgetYear)
        return std::nullopt;
    return ratio(*forecastDeviationValue, budgetYear->abs());
}

} // namespace Tertial::Core
