// SPDX-License-Identifier: GPL-3.0-or-later
// T1 / T2 / T3: nettokostnad and budget per single tertial, avvikelse labelled.
#pragma once

#include "chartoptions.h"

#include "core/tertialsplit.h"

#include <string>

class QCustomPlot;

namespace Tertial::Charts {

class TertialChart final
{
public:
    // Tertials without a value (not reached yet) get no bars but keep their place on the axis.
    static void build(QCustomPlot *plot, const Core::TertialSplit &split, int year, const std::string &name,
                      const ChartOptions &options);
};

} // namespace Tertial::Charts
