// SPDX-License-Identifier: GPL-3.0-or-later
// Percentages per month over a span that may cross years, one line per series (seed 003
// "Sjukfrånvaron, r12": total and dag 1–14, kvinnor and män, the last 18 months).
#pragma once

#include "chartoptions.h"

#include "core/volumechartseries.h"

#include <string>

class QCustomPlot;

namespace Tertial::Charts {

class PercentChart final
{
public:
    // `series.lines`: one per mått (serviceType is its name), values in percent (6,9 = 6,9 %).
    static void build(QCustomPlot *plot, const Core::VolumeChartSeries &series, const std::string &title,
                      const ChartOptions &options);
};

} // namespace Tertial::Charts
