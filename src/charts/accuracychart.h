// SPDX-License-Identifier: GPL-3.0-or-later
// Prognossäkerhet: each earlier forecast of a year against the final utfall, per verksamhet and nämnd.
#pragma once

#include "chartoptions.h"

#include "core/forecastaccuracy.h"

#include <string>
#include <vector>

class QCustomPlot;

namespace Tertial::Charts {

class AccuracyChart final
{
public:
    // One line per verksamhet (the nämnd total is one of them, drawn in black when it is named
    // `totalName`): prognosfel = prognos − utfall helår by the month the prognos was made, as
    // nettokostnad, so above zero = the prognos expected a higher cost than the year brought.
    static void build(QCustomPlot *plot, const std::vector<Core::ActivityForecastAccuracy> &rows, int year,
                      const std::string &name, const std::string &totalName, const ChartOptions &options);
};

} // namespace Tertial::Charts
