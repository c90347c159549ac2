// SPDX-License-Identifier: GPL-3.0-or-later
// Single tertials from cumulative values.
#include "tertialsplit.h"

namespace Tertial::Core {
namespace {

std::optional<Money> difference(std::optional<Money> later, std::optional<Money> earlier)
{
    if (!later || !earlier)
        return std::nullopt;
    return *later - *earlier;
}

TertialColumn column(const EconomicValues &values)
{
    return {values.actualIncome, values.actualCost, values.actualNet, values.budgetPeriod,
            values.budgetDeviation};
}

TertialColumn difference(const EconomicValues &later, const EconomicValues &earlier)
{
    return {difference(later.actualIncome, earlier.actualIncome),
            difference(later.actualCost, earlier.actualCost),
            difference(later.actualNet, earlier.actualNet),
            difference(later.budgetPeriod, earlier.budgetPeriod),
            difference(later.budgetDeviation, earlier.budgetDeviation)};
}

} // namespace

TertialSplit splitTertials(const EconomicValues &cumulativeT1, const EconomicValues &cumulativeT2,
                           const EconomicValues &cumulativeT3)
{
    TertialSplit split;
    split.tertials[0] = column(cumulativeT1);
    split.tertials[1] = difference(cumulativeT2, cumulativeT1);
    split.tertials[2] = difference(cumulativeT3, cumulativeT2);
    split.year = column(cumulativeT3);
    return split;
}

} // namespace Tertial::Core
