// SPDX-License-Identifier: GPL-3.0-or-later
// Default direction and sentence wording of the Kolada key figures the reports compare (domain.md §5–§6).
#pragma once

#include "ranking.h"

#include <optional>
#include <string>

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

} // namespace Tertial::Core
