// SPDX-License-Identifier: GPL-3.0-or-later
// The storage boundary for codes: the database keeps Swedish text ("högst", "dygn", "delvis
// uppnått"), everything past the store sees the core's enums. This is the one place the text is
// read, for every backend; a text no enum has is an error naming the column, never a default.
#pragma once

#include "core/actionstatus.h"
#include "core/error.h"
#include "core/forecastmethod.h"
#include "core/indicatorstatus.h"
#include "core/indicatortarget.h"
#include "core/periodizationprofile.h"
#include "core/ranking.h"
#include "core/volumemeasure.h"

#include <optional>
#include <string>
#include <string_view>

namespace Tertial::Storage {

// Text -> enum, each error naming the column and the values expected.
Core::Result<Core::Direction> storedDirection(std::string_view text);             // indicator.direction
Core::Result<Core::TargetKind> storedTargetKind(std::string_view text);           // indicator.target_kind
Core::Result<Core::VolumeMeasure> storedVolumeMeasure(std::string_view text);     // volume.measure
Core::Result<Core::ActionStatus> storedActionStatus(std::string_view text);       // action_item.status
Core::Result<Core::IndicatorStatus> storedOverrideStatus(std::string_view text);  // status_override.status
Core::Result<Core::ForecastMethod> storedForecastMethod(std::string_view text);   // forecast_method.method
Core::Result<Core::PeriodizationProfile> storedPeriodisation(std::string_view text); // verksamhet.periodisation

// Enum -> the text the database keeps.
std::string_view storedText(Core::Direction direction);
std::string_view storedText(Core::TargetKind kind);
std::string_view storedText(Core::VolumeMeasure measure);
std::string_view storedText(Core::ActionStatus status);
std::string_view storedText(Core::IndicatorStatus status);
std::string_view storedText(Core::ForecastMethod method);

// For row readers that cannot return an error from inside their loop: keeps the first error
// (with `where`, e.g. the row's key, in front) and hands back `fallback` meanwhile; the reader
// returns error() after the loop.
class CodeErrors final
{
public:
    template<typename T>
    T take(Core::Result<T> decoded, const std::string &where, T fallback)
    {
        if (decoded)
            return *decoded;
        if (!m_first)
            m_first = Core::Error{decoded.error().code, where + ": " + decoded.error().message};
        return fallback;
    }
    const std::optional<Core::Error> &error() const { return m_first; }

private:
    std::optional<Core::Error> m_first;
};

} // namespace Tertial::Storage
