// SPDX-License-Identifier: GPL-3.0-or-later
// Document::kontoslagTable: the kontoslag figures read with the selection, through the one loader
// and the core's kontoslag table (the same rule as tertial-cli table --by kontoslag).
#include "document.h"

#include "storage/enteredfiguresloader.h"

namespace Tertial::Models {

Core::Result<Core::EconomicTable> Document::kontoslagTable() const
{
    if (!hasSelection())
        return Core::EconomicTable{};
    const Core::NamndFigures figures =
        Storage::enteredFigures(m_kontoslagFigures, m_namndNode, {m_selection.year, m_month, std::nullopt});
    Core::EconomicTableOptions options;
    options.totalName = "Årets resultat";
    options.percentBase = m_display.percentBase;
    // The nämnd's own kontoslag figures where the source gives them (seed 003's Driftredovisning),
    // else the verksamheter's rolled up.
    if (!figures.wholeNamnd.empty())
        return Core::buildKontoslagTable(figures.wholeNamnd, m_selection.year, m_month, options);
    return Core::buildKontoslagTable(m_tree, figures.byKontoslag, std::nullopt, m_selection.year, m_month, options);
}

} // namespace Tertial::Models
