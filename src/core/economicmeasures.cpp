// SPDX-License-Identifier: GPL-3.0-or-later
// Measures from entered figures, and their exact sums.
#include "economicmeasures.h"

#include <array>
#include <string>

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
    &EconomicValues::budgetYearIncome,   &EconomicValues::budgetYearCost,
};

using MeasurePointer = std::optional<Money> EconomicValues::*;

// The measure groups of the roll-up (see the header); unused slots are null.
constexpr std::array<std::array<MeasurePointer, 3>, 5> measureGroups = {{
    {&EconomicValues::actualIncome, &EconomicValues::actualCost, &EconomicValues::actualNet},
    {&EconomicValues::budgetPeriodIncome, &EconomicValues::budgetPeriodCost, &EconomicValues::budgetPeriod},
    {&EconomicValues::budgetYear, &EconomicValues::budgetYearIncome, &EconomicValues::budgetYearCost},
    {&EconomicValues::forecast, nullptr, nullptr},
    {&EconomicValues::previousYearActualNet, nullptr, nullptr},
}};

bool hasAnyOf(const EconomicValues &values, const std::array<MeasurePointer, 3> &group)
{
    for (const MeasurePointer measure : group) {
        if (measure && values.*measure)
            return true;
    }
    return false;
}

// Whether `part`, summed into a total, leaves that total's utfall (prognos) short: it has a
// budget but no utfall (prognos), or is such a short sum itself.
bool lacksActual(const EconomicValues &part)
{
    return part.actualIncomplete || (!part.actualNet && (part.budgetPeriod || part.budgetYear));
}

// A part that takes part in the year (a budget helår, or an utfall in some month of it) but made
// no prognos leaves a sum's prognos short: the sum would count it as zero.
bool lacksForecast(const EconomicValues &part)
{
    return part.forecastIncomplete || (!part.forecast && (part.budgetYear || part.activeInYear));
}

void noteMissingParts(EconomicValues &sum, const EconomicValues &part, bool actualSummed, bool forecastSummed)
{
    if (actualSummed && lacksActual(part))
        sum.actualIncomplete = true;
    if (forecastSummed && lacksForecast(part))
        sum.forecastIncomplete = true;
}

} // namespace

EconomicValues measuresOf(const EnteredFigures &figures, const PeriodizationProfile &profile, int year, int month)
{
    EconomicValues values;
    values.actualIncome = figures.actualIncome;
    values.actualCost = figures.actualCost;
    values.actualNet = combinedActualNet(figures.actualIncome, figures.actualCost, figures.actualNet);
    values.budgetYearIncome = figures.budgetYearIncome;
    values.budgetYearCost = figures.budgetYearCost;
    values.budgetYear = figures.budgetYear;
    if (!values.budgetYear && (figures.budgetYearIncome || figures.budgetYearCost))
        values.budgetYear = figures.budgetYearIncome.value_or(Money()) + figures.budgetYearCost.value_or(Money());
    values.budgetPeriodIncome = figures.budgetPeriodIncome;
    values.budgetPeriodCost = figures.budgetPeriodCost;
    if (figures.budgetPeriod) {
        values.budgetPeriod = figures.budgetPeriod; // entered: overrides any profile
    } else if (values.budgetYear) {
        values.budgetPeriod = profile.cumulativeBudget(*values.budgetYear, year, month);
        // The split periodised by the same profile (seed 001 §3.1 "Budget intäkter" 915 = 5 490 × 2/12).
        if (!values.budgetPeriodIncome && figures.budgetYearIncome)
            values.budgetPeriodIncome = profile.cumulativeBudget(*figures.budgetYearIncome, year, month);
        if (!values.budgetPeriodCost && figures.budgetYearCost)
            values.budgetPeriodCost = profile.cumulativeBudget(*figures.budgetYearCost, year, month);
    }
    values.forecast = figures.forecast;
    values.previousYearActualNet = figures.previousYearActualNet;
    values.activeInYear = figures.activeInYear;
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
    addTo(sum.budgetYearIncome, addend.budgetYearIncome);
    addTo(sum.budgetYearCost, addend.budgetYearCost);
    addTo(sum.forecast, addend.forecast);
    addTo(sum.previousYearActualNet, addend.previousYearActualNet);
    sum.activeInYear = sum.activeInYear || addend.activeInYear;
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
        const bool actualSummed = !hasAnyOf(own[i], measureGroups[0]);
        const bool forecastSummed = !hasAnyOf(own[i], measureGroups[3]);
        for (const auto &group : measureGroups) {
            if (hasAnyOf(own[i], group))
                continue; // the node's own figures of this group win over its children's sum
            for (const MeasurePointer measure : group) {
                if (!measure)
                    continue;
                std::optional<Money> sum;
                for (const std::size_t child : tree.childIndices(i)) {
                    if (!tree.at(child).memo)
                        addTo(sum, own[child].*measure);
                }
                own[i].*measure = sum;
            }
        }
        for (const std::size_t child : tree.childIndices(i)) {
            if (tree.at(child).memo)
                continue;
            noteMissingParts(own[i], own[child], actualSummed, forecastSummed);
            own[i].activeInYear = own[i].activeInYear || own[child].activeInYear;
        }
    }
    return own;
}

void addKontoslagMeasures(EconomicValues &sum, Kontoslag kontoslag, const EconomicValues &values)
{
    const bool income = isIncome(kontoslag);
    addTo(income ? sum.actualIncome : sum.actualCost, values.actualNet);
    addTo(sum.actualNet, values.actualNet);
    addTo(income ? sum.budgetPeriodIncome : sum.budgetPeriodCost, values.budgetPeriod);
    addTo(sum.budgetPeriod, values.budgetPeriod);
    addTo(sum.budgetYear, values.budgetYear);
    addTo(income ? sum.budgetYearIncome : sum.budgetYearCost, values.budgetYear);
    addTo(sum.forecast, values.forecast);
    addTo(sum.previousYearActualNet, values.previousYearActualNet);
    sum.activeInYear = sum.activeInYear || values.activeInYear;
}

void fillFromKontoslag(EconomicValues &own, const EconomicValues &fromKontoslag)
{
    own.activeInYear = own.activeInYear || fromKontoslag.activeInYear;
    for (const auto &group : measureGroups) {
        if (hasAnyOf(own, group))
            continue;
        for (const MeasurePointer measure : group) {
            if (measure)
                own.*measure = fromKontoslag.*measure;
        }
    }
}

Result<std::vector<EconomicValues>> ownMeasures(const VerksamhetTree &tree, const NamndFigures &figures, int year,
                                                int month, const PeriodizationProfile &defaultProfile)
{
    const auto indexOf = [&](NodeId id) -> Result<std::size_t> {
        if (const auto index = tree.indexOf(id))
            return *index;
        return fail(ErrorCode::NotFound, "ekonomisk tabell: verksamhet " + std::to_string(id) + " finns inte i trädet");
    };
    std::vector<EconomicValues> own(tree.size());
    for (const auto &[id, entered] : figures.own) {
        const auto index = indexOf(id);
        if (!index)
            return std::unexpected(index.error());
        own[*index] = measuresOf(entered, tree.effectivePeriodization(*index, defaultProfile), year, month);
    }
    std::vector<EconomicValues> fromKontoslag(tree.size());
    std::vector<bool> hasKontoslag(tree.size(), false);
    for (const auto &[key, entered] : figures.byKontoslag) {
        const auto index = indexOf(key.first);
        if (!index)
            return std::unexpected(index.error());
        addKontoslagMeasures(fromKontoslag[*index], key.second,
                             measuresOf(entered, tree.effectivePeriodization(*index, defaultProfile), year, month));
        hasKontoslag[*index] = true;
    }
    for (std::size_t i = 0; i < tree.size(); ++i) {
        if (hasKontoslag[i])
            fillFromKontoslag(own[i], fromKontoslag[i]);
    }
    return own;
}

EconomicValues sumOfTopLevel(const VerksamhetTree &tree, const std::vector<EconomicValues> &rolledUp)
{
    EconomicValues total;
    for (std::size_t i = 0; i < tree.size(); ++i) {
        if (tree.depth(i) == 1 && !tree.at(i).memo) {
            addMeasures(total, rolledUp[i]);
            noteMissingParts(total, rolledUp[i], true, true);
        }
    }
    return total;
}

} // namespace Tertial::Core
