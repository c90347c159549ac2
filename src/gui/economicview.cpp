// SPDX-License-Identifier: GPL-3.0-or-later
// The Ekonomi tree with Excel's keys.
#include "economicview.h"

#include "figuredelegate.h"

#include "models/document.h"
#include "models/economictablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <map>

namespace Tertial::Gui {

using Models::EconomicTableModel;

EconomicView::EconomicView(Models::Document *document, EconomicTableModel *model, QWidget *parent)
    : QTreeView(parent), m_document(document), m_model(model), m_delegate(new FigureDelegate(this))
{
    setModel(model);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
    setAlternatingRowColors(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(false);
    header()->setStretchLastSection(false);
    // Two-line headers keep the fourteen columns inside the window.
    header()->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap));
    header()->setMinimumSectionSize(60);
    header()->setMinimumHeight(2 * fontMetrics().height() + 10);
    connect(m_delegate, &FigureDelegate::rejected, this, &EconomicView::reopenRejected);
    connect(m_delegate, &FigureDelegate::moveRequested, this, [this](int rows) { moveCurrent(rows, 0); });
    connect(model, &QAbstractItemModel::modelReset, this, &EconomicView::fitColumns);
    connect(document, &Models::Document::conflictOccurred, this, &EconomicView::offerConflict);
    fitColumns();
}

bool EconomicView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    const bool opened = QTreeView::edit(index, trigger, event);
    // While it is open, a refresh from the server leaves this cell as it was when typing began.
    if (opened)
        m_document->setEditingCell(m_model->cellKey(index));
    return opened;
}

void EconomicView::offerConflict(int id)
{
    const auto &conflicts = m_document->conflicts();
    auto it = std::find_if(conflicts.begin(), conflicts.end(), [id](const auto &c) { return c.id == id; });
    if (it == conflicts.end() || it->cells.empty())
        return;
    const QModelIndex cell = m_model->indexOf(it->cells.front().verksamhetId, EconomicTableModel::Column::Name);
    QModelIndex shown;
    for (int c = 1; c < m_model->columnCount() && !shown.isValid(); ++c)
        if (m_model->cellKey(cell.siblingAtColumn(c)) == it->cells.front())
            shown = cell.siblingAtColumn(c);
    if (shown.isValid()) {
        // After the editor that caused it has closed and moved on.
        const QPersistentModelIndex at(shown);
        QTimer::singleShot(0, this, [this, at] {
            if (at.isValid()) {
                setCurrentIndex(at);
                scrollTo(at);
            }
        });
    }
    // Beside the table, not modal: the user can look at the marked cells before choosing.
    delete m_conflictBox;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Någon annan hann före"),
                                tr("Någon annan ändrade samma celler medan du skrev, så din ändring sparades inte. "
                                   "Deras värden visas nu, markerade i tabellen."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("conflictBox"));
    box->setInformativeText(it->message);
    box->setWindowModality(Qt::NonModal);
    QPushButton *theirs = box->addButton(tr("Behåll deras"), QMessageBox::RejectRole);
    QPushButton *mine = box->addButton(tr("Använd mitt"), QMessageBox::AcceptRole);
    theirs->setObjectName(QStringLiteral("takeTheirs"));
    mine->setObjectName(QStringLiteral("applyMine"));
    box->setDefaultButton(theirs);
    connect(theirs, &QPushButton::clicked, this, [this, id] { resolve(id, false); });
    connect(mine, &QPushButton::clicked, this, [this, id] { resolve(id, true); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QObject::destroyed, this, [this, box] {
        if (m_conflictBox == box)
            m_conflictBox = nullptr;
    });
    m_conflictBox = box;
    box->show();
}

void EconomicView::resolve(int id, bool mine)
{
    auto ok = m_document->resolveConflict(id, mine ? Models::Document::Resolution::ApplyMine
                                                   : Models::Document::Resolution::TakeTheirs);
    if (!ok)
        m_document->reportError(QString::fromStdString(ok.error().message));
}

void EconomicView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    const int conflict = index.data(EconomicTableModel::ConflictRole).toInt();
    if (conflict == 0) {
        QTreeView::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("Behåll deras värde"), this, [this, conflict] { resolve(conflict, false); });
    menu.addAction(tr("Använd mitt värde"), this, [this, conflict] { resolve(conflict, true); });
    menu.exec(event->globalPos());
}

void EconomicView::fitColumns()
{
    expandAll();
    resizeColumnToContents(0);
    // A very long verksamhet name elides; its full path is in the tooltip.
    setColumnWidth(0, std::min(columnWidth(0), 330));
    // The numbers decide a column's width, not its header (which wraps).
    const int minimum = fontMetrics().horizontalAdvance(QStringLiteral("−000 000 00"));
    for (int c = 1; c < m_model->columnCount(); ++c) {
        int longestWord = 0;
        // Headers wrap at spaces and soft hyphens (U+00AD, shown as a hyphen when broken).
        QString text = m_model->headerData(c, Qt::Horizontal).toString();
        text.replace(QChar(0x00AD), QStringLiteral("- "));
        const QStringList words = text.split(QLatin1Char(' '));
        for (const QString &word : words)
            longestWord = std::max(longestWord, header()->fontMetrics().horizontalAdvance(word) + 16);
        setColumnWidth(c, std::max({sizeHintForColumn(c) + 8, minimum, longestWord}));
    }
}

void EconomicView::moveCurrent(int rows, int columns)
{
    QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    for (; rows > 0; --rows)
        if (QModelIndex below = indexBelow(index); below.isValid())
            index = below;
    for (; rows < 0; ++rows)
        if (QModelIndex above = indexAbove(index); above.isValid())
            index = above;
    const int column = std::clamp(index.column() + columns, 0, m_model->columnCount() - 1);
    index = index.siblingAtColumn(column);
    setCurrentIndex(index);
    scrollTo(index);
}

void EconomicView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Excel: Enter moves down, Tab right, Shift+Tab left, without opening the next editor.
    QTreeView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    m_document->setEditingCell(std::nullopt);
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache: moveCurrent(1, 0); break;
    case QAbstractItemDelegate::EditNextItem: moveCurrent(0, 1); break;
    case QAbstractItemDelegate::EditPreviousItem: moveCurrent(0, -1); break;
    default: break;
    }
}

void EconomicView::reopenRejected(const QModelIndex &index, const QString &text)
{
    const QPersistentModelIndex persistent(index);
    const QString message = m_document->lastError();
    // After the editor has closed: open it again on the same cell with what was typed.
    QTimer::singleShot(0, this, [this, persistent, text, message] {
        if (!persistent.isValid())
            return;
        setCurrentIndex(persistent);
        edit(persistent);
        if (auto *editor = qobject_cast<QLineEdit *>(indexWidget(persistent)); editor)
            editor->setText(text);
        const QRect rect = visualRect(persistent);
        QToolTip::showText(viewport()->mapToGlobal(rect.bottomLeft()), message, viewport(), rect, 8000);
    });
}

void EconomicView::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            copy();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            paste();
            return;
        }
        if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier) {
            fillDown();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelectedCells();
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            moveCurrent(event->modifiers() & Qt::ShiftModifier ? -1 : 1, 0);
            return;
        }
        if (event->key() == Qt::Key_Tab) {
            moveCurrent(0, 1);
            return;
        }
        if (event->key() == Qt::Key_Backtab) {
            moveCurrent(0, -1);
            return;
        }
        // Left and Right move between cells (QTreeView would collapse and expand).
        if (event->modifiers() == Qt::NoModifier && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
            moveCurrent(0, event->key() == Qt::Key_Left ? -1 : 1);
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

QModelIndexList EconomicView::selectedCells() const
{
    QModelIndexList cells = selectionModel()->selectedIndexes();
    // Visual order: the row's position on screen, then the column.
    std::sort(cells.begin(), cells.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        const int ya = visualRect(a.siblingAtColumn(0)).y();
        const int yb = visualRect(b.siblingAtColumn(0)).y();
        return ya != yb ? ya < yb : a.column() < b.column();
    });
    return cells;
}

QString EconomicView::selectionAsTsv() const
{
    const QModelIndexList cells = selectedCells();
    if (cells.isEmpty())
        return {};
    int firstColumn = cells.first().column();
    int lastColumn = firstColumn;
    for (const QModelIndex &cell : cells) {
        firstColumn = std::min(firstColumn, cell.column());
        lastColumn = std::max(lastColumn, cell.column());
    }
    QString text;
    QStringList line;
    QModelIndex row;
    auto flush = [&] {
        if (row.isValid())
            text += line.join(QLatin1Char('\t')) + QLatin1Char('\n');
    };
    for (const QModelIndex &cell : cells) {
        if (!row.isValid() || cell.siblingAtColumn(0) != row) {
            flush();
            row = cell.siblingAtColumn(0);
            line = QStringList(lastColumn - firstColumn + 1, QString());
        }
        line[cell.column() - firstColumn] = m_model->copyText(cell);
    }
    flush();
    return text;
}

void EconomicView::copy()
{
    QApplication::clipboard()->setText(selectionAsTsv());
}

void EconomicView::paste()
{
    pasteTsv(QApplication::clipboard()->text());
}

bool EconomicView::applyTexts(const QList<QPair<QModelIndex, QString>> &cells, const QString &undoText)
{
    std::vector<Storage::FigureChange> changes;
    for (const auto &[index, text] : cells) {
        // A block copied out of Tertial carries its derived cells and names: pasting it back
        // passes over them when they are empty or unchanged, and refuses a changed one.
        const bool derived = index.column() == 0 || index.data(EconomicTableModel::DerivedRole).toBool();
        if (derived && (text.trimmed().isEmpty() || text.trimmed() == m_model->copyText(index)
                        || text.trimmed() == index.data(Qt::DisplayRole).toString()))
            continue;
        auto change = m_model->changeFor(index, text);
        if (!change) {
            m_document->reportError(QString::fromStdString(change.error().message));
            setCurrentIndex(index);
            return false;
        }
        changes.push_back(*change);
    }
    if (auto ok = m_document->editFigures(std::move(changes), undoText); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        return false;
    }
    return true;
}

bool EconomicView::pasteTsv(const QString &text)
{
    const QModelIndex start = currentIndex();
    if (!start.isValid() || text.isEmpty())
        return false;
    QString body = text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    QList<QPair<QModelIndex, QString>> cells;
    QModelIndex rowIndex = start;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (qsizetype r = 0; r < lines.size(); ++r) {
        if (!rowIndex.isValid()) {
            m_document->reportError(tr("Det inklistrade blocket har fler rader än tabellen"));
            return false;
        }
        const QStringList fields = lines[r].split(QLatin1Char('\t'));
        for (qsizetype c = 0; c < fields.size(); ++c) {
            const int column = start.column() + static_cast<int>(c);
            if (column >= m_model->columnCount()) {
                m_document->reportError(tr("Det inklistrade blocket har fler kolumner än tabellen"));
                return false;
            }
            cells.append({rowIndex.siblingAtColumn(column), fields[c]});
        }
        rowIndex = indexBelow(rowIndex);
    }
    return applyTexts(cells, tr("Klistra in %1 × %2").arg(lines.size()).arg(lines.first().count(QLatin1Char('\t')) + 1));
}

bool EconomicView::clearSelectedCells()
{
    QList<QPair<QModelIndex, QString>> cells;
    for (const QModelIndex &index : selectedCells())
        if (index.flags() & Qt::ItemIsEditable
            && index.column() != static_cast<int>(EconomicTableModel::Column::ForecastMethod))
            cells.append({index, QString()});
    if (cells.isEmpty())
        return false;
    return applyTexts(cells, tr("Töm celler"));
}

bool EconomicView::fillDown()
{
    // Each selected column takes the value of its top selected cell.
    std::map<int, QModelIndex> top;
    QList<QPair<QModelIndex, QString>> cells;
    for (const QModelIndex &index : selectedCells()) {
        auto [it, first] = top.emplace(index.column(), index);
        if (first)
            continue;
        if (index.flags() & Qt::ItemIsEditable)
            cells.append({index, it->second.data(Qt::EditRole).toString()});
    }
    if (cells.isEmpty())
        return false;
    return applyTexts(cells, tr("Fyll nedåt"));
}

} // namespace Tertial::Gui
