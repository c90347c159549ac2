// SPDX-License-Identifier: GPL-3.0-or-later
// Chart slots drawn by the chart builders (QCustomPlot) as 300-dpi PNG for the renderers.
#pragma once

#include "renderoptions.h"

namespace Tertial::Reports {

// Draws volume slots with Charts::VolumeChart at `widthCm` × `heightCm` and 300 dpi. Needs a
// QApplication (the plot is a widget, never shown). Slots it cannot draw give nullopt.
ChartImageProvider chartImageProvider(double widthCm = 16.0, double heightCm = 9.0);

} // namespace Tertial::Reports
