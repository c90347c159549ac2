// SPDX-License-Identifier: GPL-3.0-or-later
// The status of an åtgärd in the åtgärdsplan (domain.md §7).
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace Tertial::Core {

enum class ActionStatus {
    InProgress,      // Pågår
    Done,            // Klart
    NotStarted,      // Ej påbörjad
    LikelyDoneThisYear, // Troligen klart i år
    NotDoneThisYear, // Ej klart i år
};

inline constexpr std::array<ActionStatus, 5> kAllActionStatuses = {
    ActionStatus::InProgress, ActionStatus::Done, ActionStatus::NotStarted, ActionStatus::LikelyDoneThisYear,
    ActionStatus::NotDoneThisYear,
};

// As stored, in files and printed: "Pågår", "Klart", "Ej påbörjad", "Troligen klart i år",
// "Ej klart i år". Never change these.
std::string_view actionStatusCode(ActionStatus status);
std::optional<ActionStatus> actionStatusFromCode(std::string_view code);

} // namespace Tertial::Core
