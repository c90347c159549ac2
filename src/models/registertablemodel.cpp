// SPDX-License-Identifier: GPL-3.0-or-later
// A table of prepared cells; edits, added and removed rows go to the tab's handlers.
#include "registertablemodel.h"

#include <QBrush>
#include <QFont>

namespace Tertial::Models {

namespace {

const QColor kDerivedBackground(0xee, 0xf2, 0xf7);

} // namespace

void RegisterTableModel::setContent(QStringList headers, std::vector<RegisterRow> rows, EditHandler onEdit)
{
    RegisterActions actions;
    actions.edit = std::move(onEdit);
    setContent(std::move(headers), std::move(rows), std::move(actions));
}

void RegisterTableModel::setContent(QStringList headers, std::vector<RegisterRow> rows, RegisterActions actions)
{
    beginResetModel();
    m_actions = std::move(actions);
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
    case Qt::EditRole:
        if (!cell.editText.isEmpty())
            return cell.editText;
        return cell.raw.isValid() ? cell.raw.toString() : cell.text;
    case RawValueRole: return cell.raw;
    case KeyRole: return cell.key;
    case DerivedRole: return cell.derived;
    case Qt::ToolTipRole: return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::ForegroundRole: return cell.foreground.isValid() ? QVariant(QBrush(cell.foreground)) : QVariant();
    case Qt::BackgroundRole: return cell.derived ? QVariant(QBrush(kDerivedBackground)) : QVariant();
    case Qt::FontRole: {
        if (!cell.derived)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
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
    const RegisterCell &cell = m_rows[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())];
    if (m_actions.edit && cell.editable && !cell.derived)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RegisterTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // The handler's document signal refills the model (a reset) later: nothing to emit here.
    return m_actions.edit(index.row(), index.column(), value.toString());
}

bool RegisterTableModel::addRegisterRow()
{
    return m_actions.addRow && m_actions.addRow();
}

bool RegisterTableModel::removeRegisterRow(int row)
{
    if (!m_actions.removeRow || row < 0 || row >= rowCount())
        return false;
    return m_actions.removeRow(row);
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers[section];
}

} // namespace Tertial::Models
