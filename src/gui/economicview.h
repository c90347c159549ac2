// SPDX-License-Identifier: GPL-3.0-or-later
// The Ekonomi tree with Excel's keys: type to edit, Enter/Tab/arrows move, Delete, copy, paste, fill down.
#pragma once

#include "pasteproblemsdialog.h"

#include <QPointer>
#include <QTreeView>

class QAction;

#include <vector>

class QMenu;
class QMimeData;

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

    // The selection as tab-separated lines with a header row (when more than one cell is
    // selected), values as shown (unit, rounding) in a form Excel reads.
    QString selectionAsTsv() const;
    // Pastes tab-separated text as Excel does: at the top-left of the selection; one value fills
    // every selected cell; a block repeats over a selection whose size is a multiple of it. All
    // cells are one undo step and one transaction, or nothing: then a dialog lists every cell
    // that was refused and those cells are selected. `exact`: the text is a block copied from
    // Tertial with its amounts in kronor and öre (see copy()).
    bool pasteTsv(const QString &text, bool exact = false);
    bool pasteMimeData(const QMimeData *mime);
    bool clearSelectedCells();
    bool fillDown();
    // Excel's Ctrl+Enter: `text` (a number or a formula) into every selected cell, one step.
    bool fillSelection(const QString &text);
    // The dialog of the last refused paste while it is open, for tests.
    PasteProblemsDialog *problemsDialog() const { return m_problemsDialog; }
    // The MIME type of Tertial's own copy: the same block with exact amounts.
    static QString cellsMimeType();
    // Expands every row and sizes the columns to their numbers, then fits them to the width.
    void fitColumns();

    // Which columns show. Auto (the default) shows a column while the width allows: on a narrow
    // screen (1366 px) or beside the chart dock the least needed go first (Förändring,
    // Föregående år, Förbrukat %, Avvikelse %), so that the table never scrolls sideways; the
    // entered figures, the avvikelser, prognos and prognosmetod always show. A column chosen
    // in the header's menu (right click) stays as chosen.
    enum class ColumnChoice { Auto, Shown, Hidden };
    void setColumnChoice(int column, ColumnChoice choice);
    ColumnChoice columnChoice(int column) const;
    // The columns hidden now because the width does not allow them (Auto ones).
    QList<int> columnsHiddenForWidth() const { return m_hiddenForWidth; }
    // The header's menu: a check box per column and "Anpassa efter bredden".
    QMenu *createColumnMenu(QWidget *parent);

signals:
    void columnsChanged();

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
    void resizeEvent(QResizeEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    // A cell to write and the text to write into it.
    struct Target
    {
        QModelIndex index;
        QString text;
    };
    enum class Computed { Refuse, Skip }; // what a computed cell does with a value that differs

    void moveCurrent(int rows, int columns);
    void applyColumnWidths(); // the natural widths fitted to the viewport by priority
    void saveColumnChoices() const;
    void reopenRejected(const QModelIndex &index, const QString &text);
    QModelIndexList selectedCells() const; // in visual order: rows top to bottom, then columns
    std::vector<QModelIndex> visibleRows() const; // column 0, top to bottom
    std::vector<int> visibleColumns() const;
    QList<QStringList> selectionRows(bool exact) const; // the copied block, header first
    // Writes the targets as one undo step, or refuses them all and shows why.
    bool apply(const QList<Target> &targets, const QString &undoText, Computed computed, bool exact);
    void showProblems(const QStringList &problems, const QModelIndexList &cells);
    void offerConflict(int id);
    void resolve(int id, bool mine);
    void updateConflictActions();

    Models::Document *m_document;
    Models::EconomicTableModel *m_model;
    FigureDelegate *m_delegate;
    QWidget *m_conflictBox = nullptr;
    QAction *m_keepTheirs = nullptr;
    QAction *m_useMine = nullptr;
    QAction *m_conflictSeparator = nullptr;
    QPointer<PasteProblemsDialog> m_problemsDialog;
    std::vector<int> m_naturalWidths;      // by column, from fitColumns
    std::vector<ColumnChoice> m_choices;   // by column
    QList<int> m_hiddenForWidth;
    bool m_fitting = false;
};

} // namespace Tertial::Gui
