// SPDX-License-Identifier: GPL-3.0-or-later
// The stored codes of the volume measures.
#include "volumemeasure.h"

namespace Tertial::Core {

std::string_view volumeMeasureCode(VolumeMeasure measure)
{
    switch (measure) {
    case VolumeMeasure::Persons: return "personer";
    case VolumeMeasure::Days: return "dygn";
    case VolumeMeasure::Hours: return "timmar";
    case VolumeMeasure::Customers: return "kunder";
    case VolumeMeasure::Placements: return "placeringar";
    }
    return "personer";
}

std::optional<VolumeMeasure> volumeMeasureFromCode(std::string_view code)
{
    for (VolumeMeasure measure : kAllVolumeMeasures)
        if (volumeMeasureCode(measure) == code)
            return measure;
    return std::nullopt;
}

} // namespace Tertial::Core
