// SPDX-License-Identifier: GPL-3.0-or-later
// Editors of the Ekonomi table.
#include "figuredelegate.h"

#include "models/economictablemodel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace Tertial::Gui {

using Models::EconomicTableModel;

namespace {

bool isMethodColumn(const QModelIndex &index)
{
    return index.column() == static_cast<int>(EconomicTableModel::Column::ForecastMethod);
}

} // namespace

QWidget *FigureDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (isMethodColumn(index)) {
        auto *combo = new QComboBox(parent);
        for (const Core::ForecastMethod method : Core::kAllForecastMethods) {
            combo->addItem(EconomicTableModel::methodLabel(method),
                           QString::fromUtf8(Storage::forecastMethodCode(method).data()));
        }
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    edit->setFrame(false);
    Q_UNUSED(option);
    return edit;
}

void FigureDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        // The view selects it all, so a typed first key replaces the text (as in Excel).
        edit->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FigureDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    const QString text = edit->text();
    if (text == index.data(Qt::EditRole).toString())
        return; // unchanged: no undo step, no log row
    // Refused because someone else changed the cell first: the table shows theirs and the view
    // offers the choice, so the editor does not open again with the typed text.
    if (!model->setData(index, text, Qt::EditRole) && index.data(EconomicTableModel::ConflictRole).toInt() == 0)
        emit rejected(index, text);
}

bool FigureDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *editor = qobject_cast<QLineEdit *>(object);
        if (editor && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            const QString text = editor->text();
            emit closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
            emit fillSelectionRequested(text);
            return true;
        }
        if (editor && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            emit moveRequested(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Tertial::Gui
