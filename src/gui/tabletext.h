// SPDX-License-Identifier: GPL-3.0-or-later
// Tab-separated text as Excel writes and reads it on the clipboard, and a table's selection as
// such text with a header row.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemView;
class QMimeData;

namespace Tertial::Gui {

// The rows of tab-separated text: CRLF or LF between rows, one trailing line end ignored, a
// field in double quotes may hold tabs, line ends and doubled quotes (Excel quotes a cell with a
// line break in it).
QList<QStringList> parseTabSeparated(const QString &text);
// The inverse: fields with a tab, a line end or a quote are quoted; every row ends with LF.
QString toTabSeparated(const QList<QStringList> &rows);

// The selected cells of any table or tree view as rows (visual order), the first row the
// column headers, values as displayed; unselected cells inside the selection's bounding box
// stay empty. Nothing selected: the current cell.
QList<QStringList> selectedCellsWithHeader(const QAbstractItemView *view);
// Puts `rows` on the clipboard as text; nothing when empty. Returns the number of cells copied.
int copyRows(const QList<QStringList> &rows, QMimeData *extra = nullptr);

} // namespace Tertial::Gui
