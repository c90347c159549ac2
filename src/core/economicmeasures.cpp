// SPDX-License-Identifier: GPL-3.0-or-later
// Measures from entered figures, and their exact sums.
#include "economicmeasures.h"

namespace Tertial::Core {
namespace {

void addTo(std::optional<Money> &sum, std::optional<Money> addend)
{
    if (!addend)
        return;
    sum = sum ? *sum + *addend : *addend;
}

} // namespace

EconomicValues measuresOf(const EnteredFigures &figures, const PeriodizationProfile &profile, int year, int month)
{
    EconomicValues values;
    values.actualIncome = figures.actualIncome;
    values.actualCost = figures.actualCost;
    values.actualNet = combinedActualNet(figures.actualIncome, figures.actualCost, figures.actualNet);
    values.budgetPeriodIncome = figures.budgetPeriodIncome;
    values.budgetPeriodCost = figures.budgetPeriodCost;
    if (figures.budgetPeriod)
        values.budgetPeriod = figures.budgetPeriod; // entered: overrides any profile
    else if (figures.budgetYear)
        values.budgetPeriod = profile.cumulativeBudget(*figures.budgetYear, year, month);
    values.budgetYear = figures.budgetYear;
    values.forecast = figures.forecast;
    values.previousYearActualNet = figures.previousYearActualNet;
    return values;
}

void addMeasures(EconomicValues &sum, const EconomicValues &addend)
{
    addTo(sum.actualIncome, addend.actualIncome);
    addTo(sum.actualCost, addend.actualCost);
    addTo(sum.actualNet, addend.actualNet);
    addTo(sum.budgetPeriodIncome, addend.budgetPeriodIncome);
    addTo(sum.budgetPeriodCost, addend.budgetPeriodCost);
    addTo(sum.budgetPeriod, addend.budgetPeriod);
    addTo(sum.budgetYear, addend.budgetYear);
    addTo(sum.forecast, addend.forecast);
    addTo(sum.previousYearActualNet, addend.previousYearActualNet);
}

} // namespace Tertial::Core
