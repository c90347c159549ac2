// SPDX-License-Identifier: GPL-3.0-or-later
// Stored code text <-> the core's enums.
#include "storedcodes.h"

#include "core/periodizationtext.h"

namespace Tertial::Storage {
namespace {

template<typename T>
Core::Result<T> decoded(std::optional<T> value, std::string_view column, std::string_view text,
                        std::string_view expected)
{
    if (value)
        return *value;
    return Core::fail(Core::ErrorCode::InvalidInput, std::string(column) + " '" + std::string(text)
                                                         + "' är okänd, väntade " + std::string(expected));
}

} // namespace

Core::Result<Core::Direction> storedDirection(std::string_view text)
{
    return decoded(Core::directionFromCode(text), "riktning", text, "högre eller lägre");
}

Core::Result<Core::TargetKind> storedTargetKind(std::string_view text)
{
    return decoded(Core::targetKindFromCode(text), "målsort", text, "minst, högst, nivå, öka eller minska");
}

Core::Result<Core::VolumeMeasure> storedVolumeMeasure(std::string_view text)
{
    return decoded(Core::volumeMeasureFromCode(text), "mått", text, "personer, dygn, timmar, kunder eller placeringar");
}

Core::Result<Core::ActionStatus> storedActionStatus(std::string_view text)
{
    return decoded(Core::actionStatusFromCode(text), "status", text,
                   "Pågår, Klart, Ej påbörjad, Troligen klart i år eller Ej klart i år");
}

Core::Result<Core::IndicatorStatus> storedOverrideStatus(std::string_view text)
{
    const auto status = Core::statusFromLabel(text);
    const bool allowed = status.has_value() && Core::isOverridableStatus(*status);
    return decoded(allowed ? status : std::nullopt, "status", text, "uppnått, delvis uppnått, ej uppnått eller inget mål");
}

Core::Result<Core::ForecastMethod> storedForecastMethod(std::string_view text)
{
    return decoded(Core::forecastMethodFromCode(text), "prognosmetod", text,
                   "manuell, budget, uppräkning, återstående, säsong eller volym");
}

Core::Result<Core::PeriodizationProfile> storedPeriodisation(std::string_view text)
{
    return Core::parsePeriodization(text);
}

std::string_view storedText(Core::Direction direction) { return Core::directionCode(direction); }
std::string_view storedText(Core::TargetKind kind) { return Core::targetKindCode(kind); }
std::string_view storedText(Core::VolumeMeasure measure) { return Core::volumeMeasureCode(measure); }
std::string_view storedText(Core::ActionStatus status) { return Core::actionStatusCode(status); }
std::string_view storedText(Core::IndicatorStatus status) { return Core::statusLabel(status); }
std::string_view storedText(Core::ForecastMethod method) { return Core::forecastMethodCode(method); }

} // namespace Tertial::Storage
