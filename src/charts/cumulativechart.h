// SPDX-License-Identifier: GPL-3.0-or-later
// Cumulative utfall per month against the periodised budget, forecast line and method band.
#pragma once

#include "chartoptions.h"

#include "core/cumulativechartseries.h"

#include <string>

class QCustomPlot;

namespace Tertial::Charts {

class CumulativeChart final
{
public:
    // `name`: the verksamhet or nämnd the series belongs to, for the title.
    static void build(QCustomPlot *plot, const Core::CumulativeChartSeries &series, const std::string &name,
                      const ChartOptions &options);
};

} // namespace Tertial::Charts
