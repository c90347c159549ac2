// SPDX-License-Identifier: GPL-3.0-or-later
// Row edits of the registers (volymer, åtgärdsplan, investeringar, statsbidrag, personal) and status overrides.
#pragma once

#include "personnel.h"
#include "records.h"

#include "core/indicatorstatus.h"

#include <optional>
#include <string>

namespace Tertial::Storage {

// One row as stored (before) and as it should be (after): no before = add, no after = delete,
// a key that differs between them = the row renamed (or moved to another month).
template<typename T>
struct RowChange final
{
    std::optional<T> before;
    std::optional<T> after;
};

using VolumeChange = RowChange<Volume>;
using ActionItemChange = RowChange<ActionItem>;
using InvestmentChange = RowChange<Investment>;
using StateGrantChange = RowChange<StateGrant>;
using PersonnelChange = RowChange<PersonnelFigure>;

// A status set by hand over the one the core computes, for one indicator value; never without
// a written reason.
struct StatusOverride final
{
    Id indicatorId = 0;
    int year = 0;
    std::optional<int> month; // none = the yearly value
    // Any status but saknas (Core::isOverridableStatus); stored as its label ("delvis uppnått").
    Core::IndicatorStatus status = Core::IndicatorStatus::Met;
    std::string reason;
    std::string setBy;        // filled in by the store
    std::string setAt;
    bool operator==(const StatusOverride &) const = default;
};

} // namespace Tertial::Storage
