// SPDX-License-Identifier: GPL-3.0-or-later
// A verksamhet's result per tertial (seed 000 §7 "Tkr T1 T2 T3 År 2020": nettokostnad, budget and
// budgetavvikelse of each tertial on its own, and of the year).
#pragma once

#include "reportsections.h"

#include <string>

namespace Tertial::Reports::Sections {

// `label`: how the rows name the verksamhet ("barn och unga"; default its name in a sentence).
// Empty when the tables as of the tertials lack the verksamhet's utfall.
Table tertialSplitTable(const ReportData &data, Storage::Id verksamhet, const std::string &label);

} // namespace Tertial::Reports::Sections
