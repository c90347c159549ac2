// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only table of prepared cells: the registers beside the figures (volymer, indikatorer, ...).
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

namespace Tertial::Models {

struct RegisterCell final
{
    QString text;       // sv-SE display text
    QVariant raw;       // exact value (öre as qint64, a double, a code) for sorting and copying
    QColor foreground;  // invalid = the default
    QString toolTip;
    bool number = false; // right-aligned
    bool editable = false;
};

using RegisterRow = std::vector<RegisterCell>;

class RegisterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RawValueRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    // Editable cells hand typed text to `onEdit` (which validates and pushes an undo command);
    // it returns false when the text is refused.
    using EditHandler = std::function<bool(int row, int column, const QString &text)>;
    void setContent(QStringList headers, std::vector<RegisterRow> rows, EditHandler onEdit = {});
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<RegisterRow> m_rows;
    EditHandler m_onEdit;
};

} // namespace Tertial::Models
