// SPDX-License-Identifier: GPL-3.0-or-later
// Column widths of a report table, shared by the renderers so DOCX, HTML, ODT and PDF agree.
#pragma once

#include "reportdocument.h"

#include <vector>

namespace Tertial::Reports {

// Each column's share of the text width (the shares sum to 1): a number column is one unit, a
// symbol column a third of one, the name column wide when the numbers are few (indicator names).
std::vector<double> columnShares(const Table &table);

} // namespace Tertial::Reports
