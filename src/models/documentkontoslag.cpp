// SPDX-License-Identifier: GPL-3.0-or-later
// Document::kontoslagTable: the analysis's kontoslag table of the selection (the same rule and
// numbers as tertial-cli table --by kontoslag).
#include "document.h"

namespace Tertial::Models {

Core::Result<Core::EconomicTable> Document::kontoslagTable() const
{
    if (!hasSelection() || !m_analysis.isValid())
        return Core::EconomicTable{};
    auto table = m_analysis.kontoslagTable();
    if (!table)
        return std::unexpected(table.error());
    // Without kontoslag figures: an empty table (the model shows nothing).
    return *table ? std::move(**table) : Core::EconomicTable{};
}

} // namespace Tertial::Models
