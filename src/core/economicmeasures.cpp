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

// The additive measures, for the measure-by-measure roll-up.
constexpr std::optional<Money> EconomicValues::*additiveMeasures[] = {
    &EconomicValues::actualIncome,       &EconomicValues::actualCost, &EconomicValues::actualNet,
    &EconomicValues::budgetPeriodIncome, &EconomicValues::budgetPeriodCost, &EconomicValues::budgetPeriod,
    &EconomicValues::budgetYear,         &EconomicValues::forecast,   &EconomicValues::previousYearActualNet,
};

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

bool hasAnyMeasure(const EconomicValues &values)
{
    for (const auto measure : additiveMeasures) {
        if (values.*measure)
            return true;
    }
    return false;
}

std::vector<EconomicValues> rollUp(const VerksamhetTree &tree, std::vector<EconomicValues> own)
{
    // Depth-first order puts every child after its parent: walking backwards finishes each
    // child before its parent is summed.
    for (std::size_t i = tree.size(); i-- > 0;) {
        if (tree.isLeaf(i))
            continue;
        for (const auto measure : additiveMeasures) {
            std::optional<Money> sum;
            for (const std::size_t child : tree.childIndices(i)) {
                if (!tree.at(child).memo)
                    addTo(sum, own[child].*measure);
            }
            if (sum)
                own[i].*measure = sum; // the children's sum wins over the node's own figure
        }
    }
    return own;
}

EconomicValues sumOfTopLevel(const VerksamhetTree &tree, const std::vector<EconomicValues> &rolledUp)
{
    EconomicValues total;
    for (std::size_t i = 0; i < tree.size(); ++i) {
        if (tree.depth(i) == 1 && !tree.at(i).memo)
            addMeasures(total, rolledUp[i]);
    }
    return total;
}

} // namespace Tertial::Core
