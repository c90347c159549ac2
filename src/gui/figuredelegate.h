// SPDX-License-Identifier: GPL-3.0-or-later
// Editors of the Ekonomi table: a line edit for amounts, a combo box for the forecast method.
#pragma once

#include <QStyledItemDelegate>

namespace Tertial::Gui {

class FigureDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    // The model refused `text` for `index` (the document has said why): the view reopens the
    // editor with the text so the user can correct it in place.
    void rejected(const QModelIndex &index, const QString &text) const;
    // Up or Down pressed in an editor: commit, close and move like Excel.
    void moveRequested(int rows) const;
    // Ctrl+Enter in an editor: Excel's "fill the selection with what was typed" (the editor has
    // been closed without committing; the view writes the text into every selected cell).
    void fillSelectionRequested(const QString &text) const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace Tertial::Gui
