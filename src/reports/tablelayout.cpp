// SPDX-License-Identifier: GPL-3.0-or-later
// Column widths of a report table.
#include "tablelayout.h"

#include <algorithm>
#include <numeric>

namespace Tertial::Reports {

std::vector<double> columnShares(const Table &table)
{
    std::vector<double> weights;
    if (table.widths.size() == table.columns.size() && !table.widths.empty()) {
        weights = table.widths;
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        for (double &weight : weights)
            weight = total > 0 ? weight / total : 1.0 / static_cast<double>(weights.size());
        return weights;
    }
    const long numbers = std::count(table.columns.begin(), table.columns.end(), ColumnKind::Number);
    const bool mostlyNumbers = numbers * 2 > static_cast<long>(table.columns.size());
    const double nameWeight = numbers <= 5 ? 3.5 : numbers <= 8 ? 2.1 : 1.6;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        switch (table.columns[i]) {
        case ColumnKind::Text: weights.push_back(mostlyNumbers ? nameWeight : (i == 0 ? 2.0 : 3.0)); break;
        case ColumnKind::Number: weights.push_back(1.0); break;
        case ColumnKind::Symbol: weights.push_back(0.35); break;
        }
    }
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (double &weight : weights)
        weight /= total;
    return weights;
}

} // namespace Tertial::Reports
