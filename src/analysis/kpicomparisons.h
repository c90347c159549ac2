// SPDX-License-Identifier: GPL-3.0-or-later
// The årsredovisning's comparisons with other kommuner (seed 000 §4 "Jämförelser med andra kommuner"):
// one comparison grid per key figure the nämnd's verksamheter are compared on.
#pragma once

#include "comparisongrid.h"

#include "core/error.h"
#include "storage/koladastore.h"

#include <string>
#include <vector>

namespace Tertial::Analysis {

struct KpiComparison final
{
    std::string area;  // the top-level verksamhet compared ("Barn och unga 0-20 år"), empty: none
    std::string kpi;   // N33006
    std::string title; // Kolada's title of the KPI
    int rankYear = 0;  // the latest year up to the report's in which the kommun has a value
    ComparisonGrid grid;
};

// For the kommun and the report's year: the KPIs related to each top-level verksamhet
// (Core::relatedKpis), or, when no verksamhet has any, every stored KPI with a default direction.
// A KPI is compared when the kommun has a value for it in the four years up to `year`; it is
// ranked in the latest of them. Shown: the kommun and the members of the analyst's own groups
// (and their means); when there are no own groups and the store holds only some kommuner (not the
// country), every kommun with data, as seed 000 §4 shows Nacka's five jämförelsekommuner. Then
// Riket, the län, alla kommuner and the Kolada groups Kolada published the KPI for.
Core::Result<std::vector<KpiComparison>> kpiComparisons(Storage::KoladaStore &store, const std::string &kommun, int year,
                                                        const std::vector<std::string> &areas);

} // namespace Tertial::Analysis
