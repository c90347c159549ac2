// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only table of prepared cells.
#include "registertablemodel.h"

#include <QBrush>

namespace Tertial::Models {

void RegisterTableModel::setContent(QStringList headers, std::vector<RegisterRow> rows, EditHandler onEdit)
{
    beginResetModel();
    m_onEdit = std::move(onEdit);
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
    case Qt::EditRole: return cell.raw.isValid() ? cell.raw.toString() : cell.text;
    case RawValueRole: return cell.raw;
    case Qt::ToolTipRole: return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::ForegroundRole: return cell.foreground.isValid() ? QVariant(QBrush(cell.foreground)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

Qt::ItemFlags RegisterTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_onEdit && m_rows[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())].editable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RegisterTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // The handler refills the model (a reset) when it accepts: nothing to emit here.
    return m_onEdit(index.row(), index.column(), value.toString());
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers[section];
}

} // namespace Tertial::Models
