// SPDX-License-Identifier: GPL-3.0-or-later
// The defaults table of known KPIs.
#include "kpidefaults.h"

#include <array>
#include <string_view>

namespace Tertial::Core {
namespace {

struct Entry
{
    std::string_view id;
    Direction direction;
    std::string_view measure;
};

// Wording after seed 000 §4 ("med lägst kostnad per invånare 0-20 år", "när det gäller
// genomsnittlig utredningstid för barn och unga 0-20 år").
constexpr std::array entries{
    Entry{"N33006", Direction::LowerIsBetter, "kostnad per invånare 0-20 år"},
    Entry{"U33401", Direction::LowerIsBetter, "genomsnittlig utredningstid för barn och unga 0-20 år"},
    Entry{"U33402", Direction::LowerIsBetter, "utredningstid (median) för barn och unga 0-20 år"},
    Entry{"N28018", Direction::LowerIsBetter, "nettokostnadsavvikelse för LSS"},
    Entry{"N28013", Direction::LowerIsBetter, "kostnad för LSS-boende per brukare"},
    Entry{"N28008", Direction::LowerIsBetter, "kostnad för personlig assistans per invånare"},
    Entry{"N30001", Direction::LowerIsBetter, "nettokostnadsavvikelse för individ- och familjeomsorg"},
    Entry{"U35544", Direction::HigherIsBetter, "brukarbedömning inom missbruksvården"},
};

} // namespace

std::optional<KpiDefaults> kpiDefaults(const std::string &kpiId)
{
    for (const auto &entry : entries)
        if (entry.id == kpiId)
            return KpiDefaults{entry.direction, std::string(entry.measure)};
    return std::nullopt;
}

std::vector<std::string> relatedKpis(const std::string &verksamhet)
{
    struct Related
    {
        std::string_view prefix;
        std::vector<std::string> kpis;
    };
    static const std::array<Related, 2> related{
        Related{"Barn och unga", {"N33006", "U33401", "U33402"}},
        Related{"Personer med funktionsnedsättning", {"N28018", "N28013", "N28008"}},
    };
    for (const auto &entry : related)
        if (verksamhet.starts_with(entry.prefix))
            return entry.kpis;
    return {};
}

} // namespace Tertial::Core
