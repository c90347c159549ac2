// SPDX-License-Identifier: GPL-3.0-or-later
// What-if on a changed mix of insatstyper.
#include "volumemix.h"

#include "svformat.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <utility>

namespace Tertial::Core {
namespace {

__extension__ typedef __int128 Wide; // GCC/Clang; keeps -Wpedantic quiet

// A count of dygn as the user reads it: "25 292".
std::string dygn(std::int64_t days)
{
    return formatNumber(static_cast<double>(days), 0);
}

Result<std::int64_t> checkedTotal(const std::vector<VolumeMixItem> &items)
{
    if (items.empty())
        return fail(ErrorCode::MissingInput, "volymscenario: inga insatstyper angivna");
    std::int64_t total = 0;
    for (const auto &item : items) {
        // A type without dygn has no cost per dygn to price a scenario with.
        if (item.days <= 0)
            return fail(ErrorCode::OutOfRange, "volymscenario: " + item.serviceType
                                                   + " har inga faktiska dygn att räkna kostnad per dygn på");
        total += item.days;
    }
    return total;
}

} // namespace

Result<VolumeMixScenario> volumeMixWithDays(const std::vector<VolumeMixItem> &items,
                                            const std::vector<std::int64_t> &scenarioDays)
{
    auto total = checkedTotal(items);
    if (!total)
        return std::unexpected(total.error());
    if (scenarioDays.size() != items.size())
        return fail(ErrorCode::InvalidInput, "volymscenario: " + std::to_string(scenarioDays.size())
                                                 + " kalkylerade dygnsvärden för "
                                                 + std::to_string(items.size()) + " insatstyper");
    const std::int64_t scenarioTotal = std::accumulate(scenarioDays.begin(), scenarioDays.end(),
                                                       std::int64_t{0});
    if (std::any_of(scenarioDays.begin(), scenarioDays.end(), [](std::int64_t d) { return d < 0; }))
        return fail(ErrorCode::OutOfRange, "volymscenario: kalkylerat antal dygn får inte vara negativt");
    if (scenarioTotal != *total)
        return fail(ErrorCode::Conflict, "volymscenario: kalkylerade dygn summerar till "
                                             + dygn(scenarioTotal) + " men faktiska dygn till " + dygn(*total));

    VolumeMixScenario scenario;
    scenario.totalDays = *total;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto &item = items[i];
        VolumeMixRow row;
        row.serviceType = item.serviceType;
        row.actualDays = item.days;
        row.actualCost = item.cost;
        row.costPerDay = item.cost.scaled(1, item.days);
        row.scenarioDays = scenarioDays[i];
        // Scale the exact cost rather than multiply a rounded kr/dygn: the report's own figures
        // (26 571 tkr for jourhem) come from the unrounded rate.
        row.scenarioCost = item.cost.scaled(row.scenarioDays, item.days);
        row.difference = row.scenarioCost - row.actualCost;
        scenario.actualCost += row.actualCost;
        scenario.scenarioCost += row.scenarioCost;
        scenario.rows.push_back(std::move(row));
    }
    scenario.difference = scenario.scenarioCost - scenario.actualCost;
    return scenario;
}

Result<VolumeMixScenario> volumeMixWithShare(const std::vector<VolumeMixItem> &items,
                                             std::size_t index, double share)
{
    auto total = checkedTotal(items);
    if (!total)
        return std::unexpected(total.error());
    if (index >= items.size())
        return fail(ErrorCode::NotFound, "volymscenario: insatstyp nummer " + std::to_string(index + 1)
                                             + " finns inte");
    if (!std::isfinite(share) || share < 0.0 || share > 1.0)
        return fail(ErrorCode::OutOfRange, "volymscenario: andelen för " + items[index].serviceType
                                               + " måste ligga mellan 0 och 100 %");

    const std::int64_t target = std::llround(share * static_cast<double>(*total));
    const std::int64_t rest = *total - target;
    const std::int64_t othersActual = *total - items[index].days;

    // Largest-remainder split of `rest` over the other types by their actual dygn.
    std::vector<std::int64_t> days(items.size(), 0);
    days[index] = target;
    std::vector<std::pair<std::int64_t, std::size_t>> remainders; // (remainder, item)
    std::int64_t assigned = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i == index)
            continue;
        if (othersActual == 0)
            break;
        const Wide product = static_cast<Wide>(rest) * items[i].days;
        days[i] = static_cast<std::int64_t>(product / othersActual);
        remainders.emplace_back(static_cast<std::int64_t>(product % othersActual), i);
        assigned += days[i];
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; assigned < rest && k < remainders.size(); ++k, ++assigned)
        ++days[remainders[k].second];
    if (assigned != rest)
        return fail(ErrorCode::InvalidInput, "volymscenario: det finns ingen annan insatstyp att fördela "
                                                 "de återstående dygnen på");
    return volumeMixWithDays(items, days);
}

} // namespace Tertial::Core
