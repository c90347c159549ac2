// SPDX-License-Identifier: GPL-3.0-or-later
// The delårsrapport's preliminary bedömning (seed 003): Uppnås / Uppnås delvis / Uppnås ej.
#pragma once

#include "indicatorstatus.h"
#include "money.h"

#include <optional>
#include <string_view>
#include <vector>

namespace Tertial::Core {

// bedömning
enum class Assessment {
    Achieved,       // Uppnås
    PartlyAchieved, // Uppnås delvis
    NotAchieved,    // Uppnås ej
};

std::string_view assessmentLabel(Assessment assessment); // "Uppnås", "Uppnås delvis", "Uppnås ej"

// Ekonomi: the helårsprognos against the budget, on the tkr the table prints. Uppnås at or above
// budget (seed 003: prognosavvikelse +3 375 -> Uppnås); Uppnås delvis for a deficit within
// `partialBand` of |budget helår| (budgethållning down to -1 % by default); Uppnås ej beyond.
// A draft's proposal: the nämnd decides.
Assessment economyAssessment(Money forecastDeviation, Money budgetYear, double partialBand = 0.01);

// Nämndens mål (samlad) from the indicators' statuses; those without a value (saknas) or a
// target (inget mål) do not count. Every counted one met: Uppnås; none met or partly met: Uppnås ej; else Uppnås delvis.
// No counted indicator: no basis (nullopt).
std::optional<Assessment> goalsAssessment(const std::vector<IndicatorStatus> &statuses);

// God ekonomisk hushållning: the weaker of ekonomi and the goals (seed 003 bases it on both).
Assessment combinedAssessment(Assessment economy, std::optional<Assessment> goals);

} // namespace Tertial::Core
