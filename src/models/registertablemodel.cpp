// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only table of prepared cells.
#include "registertablemodel.h"

#include <QBrush>

namespace Tertial::Models {

void RegisterTableModel::setContent(QStringList headers, std::vector<RegisterRow> rows)
{
    beginResetModel();
    m_headers = std::move(headers);
    m_rows = std::move(rows);
    for (RegisterRow &row : m_rows)
        row.resize(static_cast<std::size_t>(m_headers.size()));
    endResetModel();
}

int RegisterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RegisterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant RegisterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const RegisterCell &cell = m_rows[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole: return cell.text;
    case RawValueRole: return cell.raw;
    case Qt::ToolTipRole: return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::ForegroundRole: return cell.foreground.isValid() ? QVariant(QBrush(cell.foreground)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers[section];
}

} // namespace Tertial::Models
