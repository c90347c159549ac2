// SPDX-License-Identifier: GPL-3.0-or-later
// Budget / utfall / prognos per verksamhet from the economic table.
#include "budgetchartseries.h"

#include <algorithm>

namespace Tertial::Core {
namespace {

BudgetChartGroup group(const EconomicRow &row)
{
    const EconomicValues &v = row.values;
    // A prognos summed from only some of the rows under it is not the group's prognos: no bar.
    const std::optional<Money> forecast = v.forecastIncomplete ? std::nullopt : v.forecast;
    return {row.name, v.budgetPeriod, v.actualNet, v.budgetDeviation, v.budgetYear, forecast, v.forecastDeviation};
}

} // namespace

Result<BudgetChartSeries> budgetChartSeries(const EconomicTable &table, std::optional<NodeId> parent,
                                            const std::string &title)
{
    BudgetChartSeries series;
    series.year = table.year;
    series.month = table.month;
    series.title = title;

    // The table lists rows depth-first; the children of a node are the following rows one level
    // deeper until the depth falls back to the node's own.
    std::size_t first = 0;
    int childDepth = 1;
    std::size_t end = table.rows.size();
    if (parent) {
        const auto it = std::find_if(table.rows.begin(), table.rows.end(),
                                     [&](const EconomicRow &row) { return row.id == *parent; });
        if (it == table.rows.end())
            return fail(ErrorCode::NotFound, "diagram budget: verksamhet " + std::to_string(*parent) +
                                                 " finns inte i tabellen");
        first = static_cast<std::size_t>(it - table.rows.begin()) + 1;
        childDepth = it->depth + 1;
        end = first;
        while (end < table.rows.size() && table.rows[end].depth >= childDepth)
            ++end;
        series.total = group(*it);
        if (first == end)
            return fail(ErrorCode::InvalidInput,
                        "diagram budget: " + it->name + " har inga underliggande verksamheter att jämföra");
    } else {
        series.total = group(table.total);
    }
    for (std::size_t i = first; i < end; ++i) {
        const EconomicRow &row = table.rows[i];
        if (row.depth != childDepth || row.memo)
            continue;
        BudgetChartGroup g = group(row);
        // A verksamhet without any figure this year (closed, or not started) would be an empty
        // place on the axis.
        if (g.budgetPeriod || g.actual || g.budgetYear || g.forecast)
            series.groups.push_back(std::move(g));
    }
    return series;
}

} // namespace Tertial::Core
