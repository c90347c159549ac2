// SPDX-License-Identifier: GPL-3.0-or-later
// The Ekonomi tree with Excel's keys: type to edit, Enter/Tab/arrows move, Delete, copy, paste, fill down.
#pragma once

#include <QTreeView>

namespace Tertial::Models {
class Document;
class EconomicTableModel;
} // namespace Tertial::Models

namespace Tertial::Gui {

class FigureDelegate;

class EconomicView final : public QTreeView
{
    Q_OBJECT
public:
    EconomicView(Models::Document *document, Models::EconomicTableModel *model, QWidget *parent = nullptr);

    // The selection as tab-separated lines, numbers as Excel reads them.
    QString selectionAsTsv() const;
    // Pastes tab-separated text at the current cell: all cells as one undo step and one
    // transaction, or nothing with a message naming the first bad cell.
    bool pasteTsv(const QString &text);
    bool clearSelectedCells();
    bool fillDown();
    // Expands every row and sizes the columns to their numbers.
    void fitColumns();

public slots:
    void copy();
    void paste();

    // A conflict with someone else's change (shared server): the box offering to keep theirs
    // or use mine, beside the table; nullptr when none is open.
    QWidget *conflictBox() const { return m_conflictBox; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    using QTreeView::edit;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void moveCurrent(int rows, int columns);
    void reopenRejected(const QModelIndex &index, const QString &text);
    QModelIndexList selectedCells() const; // in visual order: rows top to bottom, then columns
    bool applyTexts(const QList<QPair<QModelIndex, QString>> &cells, const QString &undoText);
    void offerConflict(int id);
    void resolve(int id, bool mine);

    Models::Document *m_document;
    Models::EconomicTableModel *m_model;
    FigureDelegate *m_delegate;
    QWidget *m_conflictBox = nullptr;
};

} // namespace Tertial::Gui
