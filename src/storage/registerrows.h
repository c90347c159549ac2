// SPDX-License-Identifier: GPL-3.0-or-later
// Row edits of the registers (volymer, åtgärdsplan, investeringar, statsbidrag, personal) and status overrides.
#pragma once

#include "personnel.h"
#include "records.h"

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

// The statuses a controller may set over the computed one (domain.md §5), as stored.
// "uppnått" (●), "delvis uppnått" (◆), "ej uppnått" (■), "inget mål".
bool isStatusOverrideCode(const std::string &code);

// A status set by hand over the one the core computes, for one indicator value; never without
// a written reason.
struct StatusOverride final
{
    Id indicatorId = 0;
    int year = 0;
    std::optional<int> month; // none = the yearly value
    std::string status;       // one of the codes above
    std::string reason;
    std::string setBy;        // filled in by the store
    std::string setAt;
    bool operator==(const StatusOverride &) const = default;
};

} // namespace Tertial::Storage
