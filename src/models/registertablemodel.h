// SPDX-License-Identifier: GPL-3.0-or-later
// A table of prepared cells: the registers beside the figures (volymer, indikatorer, ...), edited through handlers.
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
    bool derived = false; // computed by the core: read-only, shown in italics on a tinted background
    QVariant key{};       // what the row (or cell) stands for, for actions beside editing
    QString editText{};   // what an editor starts with (exact, in the display unit); empty = raw or text
};

// What a tab lets the user do besides reading. Each handler validates, reports a refusal through
// the document (which says why) and returns false; when it accepts, the document's change signal
// refills the model afterwards (never inside the handler).
struct RegisterActions final
{
    // Typed text into an editable cell.
    std::function<bool(int row, int column, const QString &text)> edit;
    std::function<bool()> addRow;           // unset: rows cannot be added on this tab
    std::function<bool(int row)> removeRow; // unset: rows cannot be removed on this tab
};

using RegisterRow = std::vector<RegisterCell>;

class RegisterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        KeyRole,     // RegisterCell::key
        DerivedRole, // bool: a value the core derived
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Editable cells hand typed text to `actions.edit` (which validates and pushes an undo
    // command); it returns false when the text is refused.
    using EditHandler = std::function<bool(int row, int column, const QString &text)>;
    void setContent(QStringList headers, std::vector<RegisterRow> rows, EditHandler onEdit = {});
    void setContent(QStringList headers, std::vector<RegisterRow> rows, RegisterActions actions);

    bool canAddRows() const { return bool(m_actions.addRow); }
    bool canRemoveRows() const { return bool(m_actions.removeRow); }
    // Through the tab's handlers: false when the tab has none or the handler refused.
    bool addRegisterRow();
    bool removeRegisterRow(int row);
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<RegisterRow> m_rows;
    RegisterActions m_actions;
};

} // namespace Tertial::Models
