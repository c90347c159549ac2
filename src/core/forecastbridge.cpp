// SPDX-License-Identifier: GPL-3.0-or-later
// The waterfall of forecast changes.
#include "forecastbridge.h"

namespace Tertial::Core {

Result<ForecastBridge> forecastBridge(const std::vector<BridgeInput> &inputs, int previousMonth, int month)
{
    if (previousMonth < 1 || month > 12 || previousMonth >= month)
        return fail(ErrorCode::OutOfRange, "prognosbrygga: tidigare månad " + std::to_string(previousMonth) +
                                               " måste ligga före månad " + std::to_string(month) + " inom 1–12");
    ForecastBridge bridge;
    bridge.previousMonth = previousMonth;
    bridge.month = month;
    bool any = false;
    for (const BridgeInput &input : inputs) {
        if (!input.previous && !input.current)
            continue;
        any = true;
        bridge.previousTotal += input.previous.value_or(Money());
    }
    if (!any)
        return fail(ErrorCode::MissingInput, "prognosbrygga: ingen verksamhet har en prognos för månad " +
                                                 std::to_string(previousMonth) + " eller " + std::to_string(month));
    Money running = bridge.previousTotal;
    for (const BridgeInput &input : inputs) {
        if (!input.previous && !input.current)
            continue;
        const Money change = input.current.value_or(Money()) - input.previous.value_or(Money());
        bridge.steps.push_back({input.name, change, running, running + change});
        running += change;
    }
    bridge.currentTotal = running;
    return bridge;
}

} // namespace Tertial::Core
