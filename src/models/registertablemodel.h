// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only table of prepared cells: the registers beside the figures (volymer, indikatorer, ...).
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace Tertial::Models {

struct RegisterCell final
{
    QString text;       // sv-SE display text
    QVariant raw;       // exact value (öre as qint64, a double, a code) for sorting and copying
    QColor foreground;  // invalid = the default
    QString toolTip;
    bool number = false; // right-aligned
};

using RegisterRow = std::vector<RegisterCell>;

class RegisterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RawValueRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setContent(QStringList headers, std::vector<RegisterRow> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<RegisterRow> m_rows;
};

} // namespace Tertial::Models
