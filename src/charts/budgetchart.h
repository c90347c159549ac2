// SPDX-License-Identifier: GPL-3.0-or-later
// Budget / utfall / prognos per verksamhet: grouped bars with the avvikelser labelled.
#pragma once

#include "chartoptions.h"

#include "core/budgetchartseries.h"

class QCustomPlot;

namespace Tertial::Charts {

class BudgetChart final
{
public:
    // Four bars per verksamhet: periodens budget and utfall t.o.m. the month (budgetavvikelse
    // over the utfall bar), budget helår and prognos helår (prognosavvikelse over the prognos).
    static void build(QCustomPlot *plot, const Core::BudgetChartSeries &series, const ChartOptions &options);
};

} // namespace Tertial::Charts
