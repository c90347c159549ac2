// SPDX-License-Identifier: GPL-3.0-or-later
// Volumes per insatstyp by month with the rolling-mean trend line.
#pragma once

#include "chartoptions.h"

#include "core/volumechartseries.h"

#include <string>

class QCustomPlot;

namespace Tertial::Charts {

class VolumeChart final
{
public:
    // `name`: what is counted and where ("Personlig assistans, antal personer"); `measure` the unit
    // of the values ("personer", "dygn"). Keys are months on the axis, 0 = the series' first month.
    // With more than twelve lines the legend is left out (it would hide the chart).
    static void build(QCustomPlot *plot, const Core::VolumeChartSeries &series, const std::string &name,
                      const std::string &measure, const ChartOptions &options);
};

} // namespace Tertial::Charts
