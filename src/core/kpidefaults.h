// SPDX-License-Identifier: GPL-3.0-or-later
// Default direction and sentence wording of the Kolada key figures the reports compare (domain.md §5–§6).
#pragma once

#include "ranking.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Core {

struct KpiDefaults final
{
    Direction direction = Direction::LowerIsBetter;
    std::string measure; // the noun phrase of the comparison sentences
};

// Known KPIs: costs and nettokostnadsavvikelser lower is better (N33006, N28008, N28013, N28018,
// N30001), utredningstid lower is better (U33401, U33402), brukarbedömning higher is better
// (U35544). nullopt for any other id: the caller must ask for a direction.
std::optional<KpiDefaults> kpiDefaults(const std::string &kpiId);

// The key figures shown beside a verksamhet's own figures (issue 7 item 3), by the top-level
// verksamhet names of seed 000 §7 whose comparisons seed 000 §4 makes: "Barn och unga 0-20 år"
// -> N33006, U33401, U33402; "Personer med funktionsnedsättning" -> N28018, N28013, N28008.
// Matched on the start of the name ("Barn och unga" also matches). Empty for any other.
std::vector<std::string> relatedKpis(const std::string &verksamhet);

} // namespace Tertial::Core
