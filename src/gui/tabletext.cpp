// SPDX-License-Identifier: GPL-3.0-or-later
// Clipboard text for tables.
#include "tabletext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QRegularExpression>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <map>

namespace Tertial::Gui {

QList<QStringList> parseTabSeparated(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool fieldStart = true;  // nothing read of the current field yet
    const auto endField = [&] {
        row.append(field);
        field.clear();
        fieldStart = true;
    };
    const auto endRow = [&] {
        endField();
        rows.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == QLatin1Char('\t')) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            // CRLF: the LF ends the row
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            endRow();
        } else {
            field += c;
            fieldStart = false;
        }
    }
    // The last row, unless the text ended with its line end.
    if (!fieldStart || !row.isEmpty() || quoted)
        endRow();
    return rows;
}

QString toTabSeparated(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (QString field : row) {
            if (field.contains(QLatin1Char('\t')) || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                || field.contains(QLatin1Char('"'))) {
                field.replace(QLatin1String("\""), QLatin1String("\"\""));
                field = QLatin1Char('"') + field + QLatin1Char('"');
            }
            fields << field;
        }
        text += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

namespace {

// A row's position from the top of the view: a tree's rows in display order, a table's by row.
std::map<QPersistentModelIndex, int> visualRows(const QAbstractItemView *view)
{
    std::map<QPersistentModelIndex, int> rows;
    const QAbstractItemModel *model = view->model();
    if (const auto *tree = qobject_cast<const QTreeView *>(view)) {
        int position = 0;
        for (QModelIndex index = model->index(0, 0, tree->rootIndex()); index.isValid(); index = tree->indexBelow(index))
            rows[QPersistentModelIndex(index)] = position++;
        return rows;
    }
    for (int r = 0; r < model->rowCount(view->rootIndex()); ++r)
        rows[QPersistentModelIndex(model->index(r, 0, view->rootIndex()))] = r;
    return rows;
}

bool columnHidden(const QAbstractItemView *view, int column)
{
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isColumnHidden(column);
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->isColumnHidden(column);
    return false;
}

// A number as shown ("−6 931", "12,5 %") in the form Excel reads in a Swedish locale: a
// hyphen-minus and no grouping spaces. Text that is not a number stays as it is.
QString forExcel(const QString &shown)
{
    static const QRegularExpression number(QStringLiteral(
        "^[\\x{2212}-]?(\\d{1,3}([ \\x{00A0}\\x{202F}]\\d{3})+|\\d+)(,\\d+)?([ \\x{00A0}\\x{202F}]?%)?$"));
    const QString trimmed = shown.trimmed();
    if (!number.match(trimmed).hasMatch())
        return shown;
    QString plain = trimmed;
    plain.replace(QChar(0x2212), QLatin1Char('-'));
    plain.remove(QChar(0x00A0));
    plain.remove(QChar(0x202F));
    // Grouping spaces go; the one before a percent sign stays.
    const bool percent = plain.endsWith(QLatin1Char('%'));
    if (percent)
        plain = plain.left(plain.size() - 1).trimmed();
    plain.remove(QLatin1Char(' '));
    return percent ? plain + QStringLiteral(" %") : plain;
}

} // namespace

QList<QStringList> selectedCellsWithHeader(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return {};
    QModelIndexList cells = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty() && view->currentIndex().isValid())
        cells << view->currentIndex();
    if (cells.isEmpty())
        return {};
    const auto rows = visualRows(view);
    std::map<int, std::map<int, QString>> grid; // visual row → column → text
    std::map<int, bool> columns;
    for (const QModelIndex &cell : cells) {
        if (columnHidden(view, cell.column()))
            continue;
        const auto row = rows.find(QPersistentModelIndex(cell.siblingAtColumn(0)));
        if (row == rows.end())
            continue; // inside a collapsed branch
        grid[row->second][cell.column()] = forExcel(cell.data(Qt::DisplayRole).toString());
        columns[cell.column()] = true;
    }
    if (grid.empty())
        return {};
    const int first = columns.begin()->first;
    const int last = columns.rbegin()->first;
    QList<QStringList> result;
    QStringList header;
    for (int c = first; c <= last; ++c)
        if (!columnHidden(view, c)) {
            QString title = model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
            title.remove(QChar(0x00AD));
            title.replace(QLatin1Char('\n'), QLatin1Char(' '));
            header << title;
        }
    result << header;
    for (const auto &[row, texts] : grid) {
        QStringList line;
        for (int c = first; c <= last; ++c)
            if (!columnHidden(view, c)) {
                const auto it = texts.find(c);
                line << (it == texts.end() ? QString() : it->second);
            }
        result << line;
    }
    return result;
}

int copyRows(const QList<QStringList> &rows, QMimeData *extra)
{
    if (rows.isEmpty()) {
        delete extra;
        return 0;
    }
    auto *mime = extra ? extra : new QMimeData;
    mime->setText(toTabSeparated(rows));
    QApplication::clipboard()->setMimeData(mime);
    int cells = 0;
    for (const QStringList &row : rows)
        cells += static_cast<int>(row.size());
    return cells;
}

} // namespace Tertial::Gui
