// SPDX-License-Identifier: GPL-3.0-or-later
// Prognosbrygga: from the previous reporting point's prognos to the current one, per verksamhet.
#pragma once

#include "error.h"
#include "money.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Core {

// One verksamhet's prognos helår at the two reporting points, canonical signs.
struct BridgeInput final
{
    std::string name;
    std::optional<Money> previous; // at the earlier point; absent = no prognos then
    std::optional<Money> current;  // at the current point
};

struct BridgeStep final
{
    std::string name;
    Money change; // current − previous; positive = the prognos improved (less net cost)
    Money from;   // running total before the step, the bottom or top of its bar
    Money to;     // running total after it
};

struct ForecastBridge final
{
    int previousMonth = 0;
    int month = 0;
    Money previousTotal; // the nämnd's prognos at the earlier point
    Money currentTotal;  // and now; previousTotal + Σ change
    std::vector<BridgeStep> steps; // in input order
};

// A verksamhet with a prognos at only one point counts the other as zero (a new or closed
// verksamhet moves the total by its whole prognos); one with neither is left out. Needs
// previousMonth < month, both 1..12 (OutOfRange) and at least one prognos (MissingInput).
Result<ForecastBridge> forecastBridge(const std::vector<BridgeInput> &inputs, int previousMonth, int month);

} // namespace Tertial::Core
