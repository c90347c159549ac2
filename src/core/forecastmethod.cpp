// SPDX-License-Identifier: GPL-3.0-or-later
// Storage codes and display names of the forecast methods.
#include "forecastmethod.h"

namespace Tertial::Core {

std::string_view forecastMethodCode(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Manual: return "manuell";
    case ForecastMethod::Budget: return "budget";
    case ForecastMethod::RunRate: return "uppräkning";
    case ForecastMethod::ActualPlusRemainingBudget: return "återstående";
    case ForecastMethod::Seasonal: return "säsong";
    case ForecastMethod::VolumeBased: return "volym";
    }
    return "manuell";
}

std::optional<ForecastMethod> forecastMethodFromCode(std::string_view code)
{
    for (ForecastMethod method : kAllForecastMethods) {
        if (forecastMethodCode(method) == code)
            return method;
    }
    return std::nullopt;
}

std::string_view forecastMethodDisplayName(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Manual: return "manuell";
    case ForecastMethod::Budget: return "budget (+/- noll)";
    case ForecastMethod::RunRate: return "linjär uppräkning";
    case ForecastMethod::ActualPlusRemainingBudget: return "utfall + återstående budget";
    case ForecastMethod::Seasonal: return "säsong";
    case ForecastMethod::VolumeBased: return "volymbaserad";
    }
    return "manuell";
}

} // namespace Tertial::Core
