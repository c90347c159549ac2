// SPDX-License-Identifier: GPL-3.0-or-later
// Arkiv › Exportera till Excel: the tables of a workbench tab (Ekonomi, Kontoslag, the
// registers, Jämförelse) as sheets of one XLSX file, through XlsxOut (libxlsxwriter).
#pragma once

#include "core/error.h"

#include <QString>

#include <vector>

class QAbstractItemModel;
class QWidget;

namespace Tertial::Gui {

struct ExportedTable final
{
    QString name;  // the sheet: the tab's name
    QString title; // a line above the header (nämnd, period, unit)
    const QAbstractItemModel *model = nullptr;
};

// Every row of each model (a tree depth-first, indented), the header row, numbers as numbers as
// the view shows them (in the display unit, "-1 234" → -1234, "12,5 %" → 12,5 with " %"), bold
// rows where the model makes them bold or the first cell is Summa.
Core::Result<void> exportTables(const QString &path, const std::vector<ExportedTable> &tables);

// The item views of a tab page (visible, with a model), for exportTables.
std::vector<const QAbstractItemModel *> tableModelsOf(const QWidget *page);

} // namespace Tertial::Gui
