// SPDX-License-Identifier: GPL-3.0-or-later
// Prognosbrygga: a waterfall from the previous reporting point's prognos to the current one.
#pragma once

#include "chartoptions.h"

#include "core/forecastbridge.h"

#include <QString>

#include <string>

class QCustomPlot;

namespace Tertial::Charts {

class BridgeChart final
{
public:
    // Bars: the earlier prognos, one floating bar per verksamhet (up = higher nettokostnad, a
    // worse prognos; down = lower, better), the current prognos. The value axis starts near the
    // lowest running total so the steps are visible; the axis says so.
    // `currentLabel` names the last bar when it is not a prognos (at the year's end: "Utfall helår").
    static void build(QCustomPlot *plot, const Core::ForecastBridge &bridge, int year, const std::string &name,
                      const ChartOptions &options, const QString &currentLabel = {});
};

} // namespace Tertial::Charts
