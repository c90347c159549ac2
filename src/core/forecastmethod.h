// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast methods (prognosmetoder) with their storage codes and Swedish display names.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace Tertial::Core {

enum class ForecastMethod {
    Manual,                    // manuell: the controller's own number
    Budget,                    // budget (+/- noll): prognos = budget helår
    RunRate,                   // linjär uppräkning: utfall × 12 / månader
    ActualPlusRemainingBudget, // utfall + återstående budget
    Seasonal,                  // säsong: utfall / fjolårets andel av helåret t.o.m. månaden
    VolumeBased,               // volymbaserad: utfall + personer × kostnad per dygn × dygn kvar
};

inline constexpr std::array<ForecastMethod, 6> kAllForecastMethods = {
    ForecastMethod::Manual,   ForecastMethod::Budget,   ForecastMethod::RunRate,
    ForecastMethod::ActualPlusRemainingBudget, ForecastMethod::Seasonal, ForecastMethod::VolumeBased,
};

// The stable code stored beside a forecast and used in files (docs/formats.md "prognosmetoder"):
// manuell, budget, uppräkning, återstående, säsong, volym. Never change these.
std::string_view forecastMethodCode(ForecastMethod method);
std::optional<ForecastMethod> forecastMethodFromCode(std::string_view code);

// Swedish name for lists and reports: "linjär uppräkning", "budget (+/- noll)" ...
std::string_view forecastMethodDisplayName(ForecastMethod method);

} // namespace Tertial::Core
