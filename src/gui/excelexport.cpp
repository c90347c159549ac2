// SPDX-License-Identifier: GPL-3.0-or-later
// Models to XLSX sheets: the view's text decides what is a number; the writer does the rest.
#include "excelexport.h"

#include "xlsxout/tablexlsx.h"

#include "core/svparse.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QFont>
#include <QWidget>

#include <algorithm>
#include <functional>

namespace Tertial::Gui {
namespace {

XlsxOut::TableCell cellOf(const QString &shown)
{
    XlsxOut::TableCell cell;
    QString text = shown.trimmed();
    bool percent = false;
    if (text.endsWith(u'%')) {
        percent = true;
        text.chop(1);
        text = text.trimmed();
    }
    const std::string utf8 = text.toStdString();
    // A number as the view writes it: sv-SE digits, a space or no-break space between thousands.
    if (!utf8.empty() && utf8.find_first_of("0123456789") != std::string::npos) {
        if (auto number = Core::parseNumber(utf8)) {
            const auto comma = text.indexOf(u',');
            cell.number = *number;
            cell.decimals = comma < 0 ? 0 : static_cast<int>(text.size() - comma - 1);
            cell.percent = percent;
            return cell;
        }
    }
    cell.text = shown.toStdString();
    return cell;
}

} // namespace

Core::Result<void> exportTables(const QString &path, const std::vector<ExportedTable> &tables)
{
    std::vector<XlsxOut::TableSheet> sheets;
    for (const ExportedTable &t : tables) {
        if (!t.model)
            continue;
        XlsxOut::TableSheet sheet;
        sheet.name = t.name.toStdString();
        // One sheet per table; a second table of the same tab gets a number.
        for (int n = 2; std::ranges::any_of(sheets, [&](const XlsxOut::TableSheet &s) { return s.name == sheet.name; }); ++n)
            sheet.name = t.name.toStdString() + " " + std::to_string(n);
        sheet.title = t.title.toStdString();
        const QAbstractItemModel &m = *t.model;
        const int columns = m.columnCount();
        for (int c = 0; c < columns; ++c)
            sheet.header.push_back(m.headerData(c, Qt::Horizontal).toString().replace(u'\n', u' ').toStdString());
        std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
            for (int r = 0; r < m.rowCount(parent); ++r) {
                std::vector<XlsxOut::TableCell> row;
                for (int c = 0; c < columns; ++c) {
                    const QString shown = m.index(r, c, parent).data(Qt::DisplayRole).toString();
                    row.push_back(c == 0 ? XlsxOut::TableCell{std::nullopt, shown.trimmed().toStdString(), 0, false}
                                         : cellOf(shown));
                }
                const QModelIndex first = m.index(r, 0, parent);
                const QVariant font = first.data(Qt::FontRole);
                const bool bold = (font.isValid() && font.value<QFont>().bold()) ||
                                  first.data(Qt::DisplayRole).toString().trimmed() == QStringLiteral("Summa");
                sheet.rows.push_back(std::move(row));
                sheet.bold.push_back(bold);
                sheet.indent.push_back(depth);
                walk(first, depth + 1);
            }
        };
        walk(QModelIndex(), 0);
        sheets.push_back(std::move(sheet));
    }
    return XlsxOut::writeTables(path.toStdString(), sheets);
}

std::vector<const QAbstractItemModel *> tableModelsOf(const QWidget *page)
{
    std::vector<const QAbstractItemModel *> models;
    if (!page)
        return models;
    for (const QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
        if (view->model() && view->isVisibleTo(page) && view->model()->columnCount() > 1 &&
            std::ranges::find(models, view->model()) == models.end())
            models.push_back(view->model());
    return models;
}

} // namespace Tertial::Gui
