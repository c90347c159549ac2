// SPDX-License-Identifier: GPL-3.0-or-later
// The delårsrapport's preliminary bedömning.
#include "assessment.h"

#include "standardsentences.h"

#include <algorithm>
#include <cstdlib>

namespace Tertial::Core {

std::string_view assessmentLabel(Assessment assessment)
{
    switch (assessment) {
    case Assessment::Achieved: return "Uppnås";
    case Assessment::PartlyAchieved: return "Uppnås delvis";
    case Assessment::NotAchieved: return "Uppnås ej";
    }
    return "Uppnås ej";
}

Assessment economyAssessment(Money forecastDeviation, Money budgetYear, double partialBand)
{
    const std::int64_t deviation = printedThousands(forecastDeviation);
    if (deviation >= 0)
        return Assessment::Achieved;
    const std::int64_t budget = std::abs(printedThousands(budgetYear));
    if (budget > 0 && static_cast<double>(-deviation) <= partialBand * static_cast<double>(budget))
        return Assessment::PartlyAchieved;
    return Assessment::NotAchieved;
}

std::optional<Assessment> goalsAssessment(const std::vector<IndicatorStatus> &statuses)
{
    int counted = 0, met = 0, partly = 0;
    for (IndicatorStatus status : statuses) {
        if (status == IndicatorStatus::Missing || status == IndicatorStatus::NoTarget)
            continue; // nothing to judge by
        ++counted;
        met += status == IndicatorStatus::Met;
        partly += status == IndicatorStatus::PartlyMet;
    }
    if (counted == 0)
        return std::nullopt;
    if (met == counted)
        return Assessment::Achieved;
    if (met == 0 && partly == 0)
        return Assessment::NotAchieved;
    return Assessment::PartlyAchieved;
}

Assessment combinedAssessment(Assessment economy, std::optional<Assessment> goals)
{
    if (!goals)
        return economy;
    return std::max(economy, *goals); // the enum runs from best to worst
}

} // namespace Tertial::Core
