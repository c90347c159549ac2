// SPDX-License-Identifier: GPL-3.0-or-later
// Codes of the enumerations stored as text.
#include "records.h"

#include <array>
#include <utility>

namespace Tertial::Storage {
namespace {

constexpr std::array<std::pair<ForecastMethod, std::string_view>, 6> forecastCodes = {{
    {ForecastMethod::Manual, "manuell"},
    {ForecastMethod::Budget, "budget"},
    {ForecastMethod::RunRate, "uppräkning"},
    {ForecastMethod::RemainingBudget, "återstående"},
    {ForecastMethod::Seasonal, "säsong"},
    {ForecastMethod::Volume, "volym"},
}};

} // namespace

std::string_view forecastMethodCode(ForecastMethod method)
{
    for (const auto &[m, code] : forecastCodes)
        if (m == method)
            return code;
    return "manuell";
}

std::optional<ForecastMethod> forecastMethodFromCode(std::string_view code)
{
    for (const auto &[m, c] : forecastCodes)
        if (c == code)
            return m;
    return std::nullopt;
}

} // namespace Tertial::Storage
