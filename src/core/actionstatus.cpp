// SPDX-License-Identifier: GPL-3.0-or-later
// The stored codes of the åtgärd statuses.
#include "actionstatus.h"

namespace Tertial::Core {

std::string_view actionStatusCode(ActionStatus status)
{
    switch (status) {
    case ActionStatus::InProgress: return "Pågår";
    case ActionStatus::Done: return "Klart";
    case ActionStatus::NotStarted: return "Ej påbörjad";
    case ActionStatus::LikelyDoneThisYear: return "Troligen klart i år";
    case ActionStatus::NotDoneThisYear: return "Ej klart i år";
    }
    return "Pågår";
}

std::optional<ActionStatus> actionStatusFromCode(std::string_view code)
{
    for (ActionStatus status : kAllActionStatuses)
        if (actionStatusCode(status) == code)
            return status;
    return std::nullopt;
}

} // namespace Tertial::Core
