// SPDX-License-Identifier: GPL-3.0-or-later
// The bound block "koladaComparison": seed 000 §4 "Jämförelser med andra kommuner", one table per
// key figure from the analysis's comparison grids (analysis/kpicomparisons.h).
#pragma once

#include "reportsections.h"

namespace Tertial::Reports::Sections {

// Per compared verksamhet a heading at `level`, then per key figure its table (kommuner and groups
// by year, rang "3 av 6" in the rank year), the quartile and tio-procent sentences, and the source.
// Without Kolada data for the kommun: a placeholder saying so.
void koladaComparison(Writer &out, const ReportData &data, int level);

} // namespace Tertial::Reports::Sections
