// SPDX-License-Identifier: GPL-3.0-or-later
// Volume series and unit costs.
#include "volumes.h"

#include "volumedays.h"

#include "core/volumemeasures.h"

#include <tuple>
#include <unordered_map>

namespace Tertial::Analysis {

Volumes volumesAsOf(const NamndInputs &inputs, int month, const Core::EconomicTable &table)
{
    std::unordered_map<Storage::Id, std::size_t> order;
    for (std::size_t i = 0; i < inputs.verksamheter.size(); ++i)
        order.emplace(inputs.verksamheter[i].id, i);
    auto position = [&](Storage::Id id) {
        const auto it = order.find(id);
        return it == order.end() ? inputs.verksamheter.size() : it->second;
    };
    std::map<std::tuple<std::size_t, Storage::Id, std::string, Core::VolumeMeasure>, VolumeSeries> byKey;
    for (const Storage::Volume &v : inputs.volumes) {
        if (v.year != inputs.year)
            continue;
        VolumeSeries &series = byKey[{position(v.verksamhetId), v.verksamhetId, v.serviceType, v.measure}];
        series.verksamhetId = v.verksamhetId;
        series.serviceType = v.serviceType;
        series.measure = v.measure;
        // A month holds one cell: a tertial's value and the year's average both ending in december
        // (seed 000 §7) show the shorter one, the tertial, as before the year's average was stored.
        if (const auto held = series.months.find(v.month); held != series.months.end() && held->second.months <= v.months)
            continue;
        series.months[v.month] = v;
        if (v.measure == Core::VolumeMeasure::Days)
            if (auto average = Core::averagePersonsPerDay(v.value, v.year, v.month - v.months + 1, v.month))
                series.personsPerDay[v.month] = *average;
    }
    Volumes volumes;
    for (auto &[key, series] : byKey) {
        if (series.measure == Core::VolumeMeasure::Days && !volumes.unitCosts.contains(series.verksamhetId)) {
            UnitCost cost;
            cost.verksamhetId = series.verksamhetId;
            cost.daysToPeriod = daysToMonth(inputs.volumes, series.verksamhetId, inputs.year, month);
            for (const Core::EconomicRow &row : table.rows)
                if (row.id == series.verksamhetId) {
                    cost.costToPeriod = Core::verksamhetCostToPeriod(row.values.actualCost, row.values.actualNet);
                    cost.costPerDay = Core::verksamhetCostPerDay(row.values.actualCost, row.values.actualNet, cost.daysToPeriod);
                }
            volumes.unitCosts.emplace(series.verksamhetId, cost);
        }
        volumes.series.push_back(std::move(series));
    }
    return volumes;
}

} // namespace Tertial::Analysis
