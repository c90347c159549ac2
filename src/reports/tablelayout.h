// SPDX-License-Identifier: GPL-3.0-or-later
// Column widths of a report table, shared by the renderers so DOCX, HTML, ODT and PDF agree.
#pragma once

#include "reportdocument.h"

#include <vector>

namespace Tertial::Reports {

// The type of a table, as a secretary sets a wide table in Word: sizes in half-points (w:sz) and
// the cells' left and right margins in twips. A table of more than nine columns (seed 001 §3.1:
// eleven) is set a size smaller with narrower cell margins, so its headings' words fit whole.
struct TableType final
{
    int bodyHalfPoints = 17;
    int headerHalfPoints = 14;
    int cellMarginTwips = 57;
};

TableType tableType(const Table &table);

// Each column's share of the text width (the shares sum to 1): a number column is one unit, a
// symbol column a third of one, the name column wide when the numbers are few (indicator names).
// Widths are estimated for the table's type (tableType), so every word fits whole where it can.
std::vector<double> columnShares(const Table &table);

} // namespace Tertial::Reports
