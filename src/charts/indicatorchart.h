// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator history: utfall per year, the målvärde line and the status of each year.
#pragma once

#include "chartoptions.h"

#include "core/indicatorchartseries.h"

class QCustomPlot;

namespace Tertial::Charts {

class IndicatorChart final
{
public:
    // Status is shown by colour and shape together (● uppnått, ◆ delvis, ■ ej uppnått), as the
    // reports print it, so that it reads without colour too.
    static void build(QCustomPlot *plot, const Core::IndicatorChartSeries &series, const ChartOptions &options);
};

} // namespace Tertial::Charts
