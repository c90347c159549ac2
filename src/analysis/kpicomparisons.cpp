// SPDX-License-Identifier: GPL-3.0-or-later
// The årsredovisning's comparison grids, one per related key figure.
#include "kpicomparisons.h"

#include "core/kpidefaults.h"

#include <algorithm>
#include <set>

namespace Tertial::Analysis {

namespace {

// The years a report looks back over (seed 000 §4 shows 2017–2019 and 2017–2020 in 2020's).
constexpr int kYearsShown = 4;

struct Wanted
{
    std::string area;
    std::string kpi;
};

} // namespace

Core::Result<std::vector<KpiComparison>> kpiComparisons(Storage::KoladaStore &store, const std::string &kommun, int year,
                                                        const std::vector<std::string> &areas)
{
    std::vector<Wanted> wanted;
    std::set<std::string> seen;
    for (const std::string &area : areas)
        for (const std::string &kpi : Core::relatedKpis(area))
            if (seen.insert(kpi).second)
                wanted.push_back({area, kpi});
    if (wanted.empty()) {
        auto kpis = store.kpis();
        if (!kpis)
            return std::unexpected(kpis.error());
        for (const auto &kpi : *kpis)
            if (Core::kpiDefaults(kpi.id))
                wanted.push_back({{}, kpi.id});
    }
    auto userGroups = store.userGroups();
    if (!userGroups)
        return std::unexpected(userGroups.error());

    std::vector<KpiComparison> out;
    for (const Wanted &w : wanted) {
        const auto defaults = Core::kpiDefaults(w.kpi);
        if (!defaults)
            continue;
        auto values = store.values(w.kpi, std::nullopt);
        if (!values)
            return std::unexpected(values.error());
        int rankYear = 0;
        for (const auto &value : *values)
            if (value.municipality == kommun && value.value && value.year <= year && value.year > year - kYearsShown)
                rankYear = std::max(rankYear, value.year);
        if (rankYear == 0)
            continue;
        auto meta = store.kpi(w.kpi);
        if (!meta)
            return std::unexpected(meta.error());

        ComparisonGridRequest request;
        request.kpi = w.kpi;
        request.year = rankYear;
        request.direction = defaults->direction;
        request.kommun = kommun;
        request.fromYear = year - kYearsShown + 1;
        request.toYear = year;
        request.ownGroups = *userGroups;
        if (!userGroups->empty()) {
            std::set<std::string> shown{kommun};
            for (const auto &group : *userGroups)
                shown.insert(group.members.begin(), group.members.end());
            request.kommuner = std::move(shown);
        }
        auto grid = buildComparisonGrid(store, request);
        if (!grid)
            return std::unexpected(grid.error());
        // A Kolada group Kolada published no figure for on this KPI (Liknande kommuner LSS on a
        // barn och unga KPI) is not one the report compares with: Tertial's mean over the few of its
        // members that happen to be stored would stand in for a figure nobody published.
        std::erase_if(grid->rows, [](const GridRow &row) { return row.kind == GridRowKind::KoladaGroup && row.derived; });
        if (userGroups->empty() && grid->ranking.national) {
            // The whole country: the kommun alone, the means beside it (not 290 rows).
            std::erase_if(grid->rows, [&](const GridRow &row) {
                return row.kind == GridRowKind::Kommun && row.id != kommun;
            });
        }
        out.push_back({w.area, w.kpi, *meta ? (*meta)->title : w.kpi, rankYear, std::move(*grid)});
    }
    return out;
}

} // namespace Tertial::Analysis
