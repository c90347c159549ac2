// SPDX-License-Identifier: GPL-3.0-or-later
// The Ekonomi tree with Excel's keys.
#include "economicview.h"

#include "figuredelegate.h"
#include "pasteproblemsdialog.h"
#include "tabletext.h"

#include "core/formula.h"

#include "models/document.h"
#include "models/economictablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QMimeData>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <climits>
#include <map>

namespace Tertial::Gui {

using Models::EconomicTableModel;

namespace {

using Column = EconomicTableModel::Column;

// The order in which Auto columns give way when the width is short: comparisons with last year
// first, then the ratios. Entered figures, avvikelser, prognos and prognosmetod never do.
const Column kGiveWay[] = {Column::Change, Column::PreviousYear, Column::Consumption, Column::DeviationPercent};

constexpr int kNameComfortable = 260; // "Personer med funktionsnedsättning" in bold
constexpr int kNameNarrowest = 170;
constexpr int kMethodNarrowest = 112;

QString settingsKey(int column)
{
    return QStringLiteral("ekonomi/column%1").arg(column);
}

} // namespace

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
    connect(m_delegate, &FigureDelegate::fillSelectionRequested, this, &EconomicView::fillSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &EconomicView::fitColumns);
    // Another unit changes the numbers' widths.
    connect(model, &QAbstractItemModel::headerDataChanged, this, &EconomicView::fitColumns);
    m_choices.assign(static_cast<std::size_t>(model->columnCount()), ColumnChoice::Auto);
    const QSettings settings;
    for (int c = 1; c < model->columnCount(); ++c)
        if (const QVariant chosen = settings.value(settingsKey(c)); chosen.isValid())
            m_choices[static_cast<std::size_t>(c)] = chosen.toBool() ? ColumnChoice::Shown : ColumnChoice::Hidden;
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header()->mapToGlobal(at));
    });
    connect(document, &Models::Document::conflictOccurred, this, &EconomicView::offerConflict);
    // The context menu (the window's actions) starts with the choice when the cell has a conflict.
    m_keepTheirs = new QAction(tr("Behåll deras värde"), this);
    m_useMine = new QAction(tr("Använd mitt värde"), this);
    m_conflictSeparator = new QAction(this);
    m_conflictSeparator->setSeparator(true);
    connect(m_keepTheirs, &QAction::triggered, this, [this] {
        resolve(currentIndex().data(EconomicTableModel::ConflictRole).toInt(), false);
    });
    connect(m_useMine, &QAction::triggered, this, [this] {
        resolve(currentIndex().data(EconomicTableModel::ConflictRole).toInt(), true);
    });
    addActions({m_keepTheirs, m_useMine, m_conflictSeparator});
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &EconomicView::updateConflictActions);
    connect(document, &Models::Document::conflictsChanged, this, &EconomicView::updateConflictActions);
    updateConflictActions();
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

void EconomicView::updateConflictActions()
{
    const int conflict = currentIndex().data(EconomicTableModel::ConflictRole).toInt();
    m_keepTheirs->setVisible(conflict != 0);
    m_useMine->setVisible(conflict != 0);
    m_conflictSeparator->setVisible(conflict != 0);
}

void EconomicView::fitColumns()
{
    expandAll();
    const int count = m_model->columnCount();
    m_naturalWidths.assign(static_cast<std::size_t>(count), 0);
    m_naturalWidths[0] = sizeHintForColumn(0) + 8; // the longest name whole, when there is room
    // The numbers decide a column's width, not its header (which wraps).
    const int minimum = fontMetrics().horizontalAdvance(QStringLiteral("−000 000")) + 8;
    for (int c = 1; c < count; ++c) {
        int longestWord = 0;
        // Headers wrap at spaces and soft hyphens (U+00AD, shown as a hyphen when broken).
        QString text = m_model->headerData(c, Qt::Horizontal).toString();
        text.replace(QChar(0x00AD), QStringLiteral("- "));
        const QStringList words = text.split(QLatin1Char(' '));
        for (const QString &word : words)
            longestWord = std::max(longestWord, header()->fontMetrics().horizontalAdvance(word) + 16);
        m_naturalWidths[static_cast<std::size_t>(c)] = std::max({sizeHintForColumn(c) + 8, minimum, longestWord});
    }
    applyColumnWidths();
}

void EconomicView::applyColumnWidths()
{
    const int count = m_model->columnCount();
    if (m_naturalWidths.size() != static_cast<std::size_t>(count) || m_fitting)
        return;
    m_fitting = true;
    const auto natural = [this](Column c) { return m_naturalWidths[static_cast<std::size_t>(c)]; };
    std::vector<bool> hidden(static_cast<std::size_t>(count), false);
    for (int c = 1; c < count; ++c)
        hidden[static_cast<std::size_t>(c)] = columnChoice(c) == ColumnChoice::Hidden;
    const auto total = [&](int nameWidth, int methodWidth) {
        int sum = nameWidth;
        for (int c = 1; c < count; ++c)
            if (!hidden[static_cast<std::size_t>(c)])
                sum += c == static_cast<int>(Column::ForecastMethod) ? methodWidth : m_naturalWidths[static_cast<std::size_t>(c)];
        return sum;
    };
    // The viewport as it will be without a horizontal scroll bar; before the first show, the
    // widget's own width.
    const int available = std::max(viewport()->width(), 200) - 2;
    int nameWidth = natural(Column::Name);
    int methodWidth = natural(Column::ForecastMethod);
    // First the longest names give room down to a width most names fit (a longer name elides;
    // its path is in the tooltip), then the Auto columns in their order, then the names and the method's words
    // once more (both have tooltips with the whole text).
    const auto shrink = [&](int &width, int narrowest) {
        const int over = total(nameWidth, methodWidth) - available;
        if (over > 0)
            width = std::max(std::min(width, narrowest), width - over);
    };
    shrink(nameWidth, kNameComfortable);
    QList<int> hiddenForWidth;
    for (const Column c : kGiveWay) {
        if (total(nameWidth, methodWidth) <= available)
            break;
        const auto column = static_cast<std::size_t>(c);
        if (columnChoice(static_cast<int>(c)) == ColumnChoice::Auto && !hidden[column]) {
            hidden[column] = true;
            hiddenForWidth << static_cast<int>(c);
        }
    }
    shrink(nameWidth, kNameNarrowest);
    shrink(methodWidth, kMethodNarrowest);
    // What is left over goes back to the name, up to its natural width.
    nameWidth = std::min(natural(Column::Name), nameWidth + std::max(0, available - total(nameWidth, methodWidth)));
    setColumnWidth(0, nameWidth);
    for (int c = 1; c < count; ++c) {
        setColumnHidden(c, hidden[static_cast<std::size_t>(c)]);
        setColumnWidth(c, c == static_cast<int>(Column::ForecastMethod) ? methodWidth : m_naturalWidths[static_cast<std::size_t>(c)]);
    }
    const bool changed = hiddenForWidth != m_hiddenForWidth;
    m_hiddenForWidth = hiddenForWidth;
    m_fitting = false;
    if (changed)
        emit columnsChanged();
}

void EconomicView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    applyColumnWidths();
}

EconomicView::ColumnChoice EconomicView::columnChoice(int column) const
{
    if (column <= 0 || column >= static_cast<int>(m_choices.size()))
        return ColumnChoice::Shown;
    return m_choices[static_cast<std::size_t>(column)];
}

void EconomicView::setColumnChoice(int column, ColumnChoice choice)
{
    if (column <= 0 || column >= static_cast<int>(m_choices.size()))
        return;
    m_choices[static_cast<std::size_t>(column)] = choice;
    saveColumnChoices();
    applyColumnWidths();
    emit columnsChanged();
}

void EconomicView::saveColumnChoices() const
{
    QSettings settings;
    for (std::size_t c = 1; c < m_choices.size(); ++c) {
        const int column = static_cast<int>(c);
        if (m_choices[c] == ColumnChoice::Auto)
            settings.remove(settingsKey(column));
        else
            settings.setValue(settingsKey(column), m_choices[c] == ColumnChoice::Shown);
    }
}

QMenu *EconomicView::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Kolumner"), parent);
    for (int c = 1; c < m_model->columnCount(); ++c) {
        QString title = m_model->headerData(c, Qt::Horizontal).toString();
        title.remove(QChar(0x00AD));
        const bool widthHides = m_hiddenForWidth.contains(c);
        QAction *action = menu->addAction(widthHides ? tr("%1 (dold: för smalt)").arg(title) : title);
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(c));
        connect(action, &QAction::toggled, this,
                [this, c](bool on) { setColumnChoice(c, on ? ColumnChoice::Shown : ColumnChoice::Hidden); });
    }
    menu->addSeparator();
    QAction *automatic = menu->addAction(tr("Anpassa efter bredden"));
    automatic->setToolTip(tr("Visar så många kolumner som får plats; Förändring och Föregående år ger plats först"));
    connect(automatic, &QAction::triggered, this, [this] {
        for (std::size_t c = 1; c < m_choices.size(); ++c)
            m_choices[c] = ColumnChoice::Auto;
        saveColumnChoices();
        applyColumnWidths();
        emit columnsChanged();
    });
    return menu;
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

std::vector<QModelIndex> EconomicView::visibleRows() const
{
    std::vector<QModelIndex> rows;
    for (QModelIndex index = m_model->index(0, 0); index.isValid(); index = indexBelow(index))
        rows.push_back(index);
    return rows;
}

std::vector<int> EconomicView::visibleColumns() const
{
    std::vector<int> columns;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (!isColumnHidden(c))
            columns.push_back(c);
    return columns;
}

QString EconomicView::cellsMimeType()
{
    return QStringLiteral("application/x-tertial-cells");
}

QList<QStringList> EconomicView::selectionRows(bool exact) const
{
    const std::vector<QModelIndex> rows = visibleRows();
    const std::vector<int> columns = visibleColumns();
    std::map<QPersistentModelIndex, int> rowOf;
    for (std::size_t r = 0; r < rows.size(); ++r)
        rowOf[QPersistentModelIndex(rows[r])] = static_cast<int>(r);
    std::map<int, int> columnOf;
    for (std::size_t c = 0; c < columns.size(); ++c)
        columnOf[columns[c]] = static_cast<int>(c);

    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells << currentIndex();
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    std::map<std::pair<int, int>, QModelIndex> chosen;
    for (const QModelIndex &cell : cells) {
        const auto row = rowOf.find(QPersistentModelIndex(cell.siblingAtColumn(0)));
        const auto column = columnOf.find(cell.column());
        if (row == rowOf.end() || column == columnOf.end())
            continue; // a collapsed row or a hidden column
        chosen[{row->second, column->second}] = cell;
        top = std::min(top, row->second);
        bottom = std::max(bottom, row->second);
        left = std::min(left, column->second);
        right = std::max(right, column->second);
    }
    if (chosen.empty())
        return {};
    QList<QStringList> block;
    // One cell is a value, as in Excel; a range starts with the columns' titles.
    if (chosen.size() > 1) {
        QStringList header;
        for (int c = left; c <= right; ++c)
            header << m_model->copyHeader(columns[static_cast<std::size_t>(c)]);
        block << header;
    }
    for (int r = top; r <= bottom; ++r) {
        QStringList line;
        for (int c = left; c <= right; ++c) {
            const auto it = chosen.find({r, c});
            line << (it == chosen.end() ? QString() : exact ? m_model->exactText(it->second) : m_model->copyText(it->second));
        }
        block << line;
    }
    return block;
}

QString EconomicView::selectionAsTsv() const
{
    return toTabSeparated(selectionRows(false));
}

void EconomicView::copy()
{
    const QList<QStringList> shown = selectionRows(false);
    if (shown.isEmpty())
        return;
    // Excel gets the values as shown; Tertial reads its own block back exactly.
    auto *mime = new QMimeData;
    mime->setData(cellsMimeType(), toTabSeparated(selectionRows(true)).toUtf8());
    copyRows(shown, mime);
}

void EconomicView::paste()
{
    pasteMimeData(QApplication::clipboard()->mimeData());
}

bool EconomicView::pasteMimeData(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasFormat(cellsMimeType()))
        return pasteTsv(QString::fromUtf8(mime->data(cellsMimeType())), true);
    return pasteTsv(mime->text());
}

bool EconomicView::pasteTsv(const QString &text, bool exact)
{
    QList<QStringList> block = parseTabSeparated(text);
    // A header row (Tertial's copy, or the same block back from Excel) is not figures.
    if (block.size() > 1) {
        bool header = false;
        for (const QString &field : block.first()) {
            if (field.trimmed().isEmpty())
                continue;
            header = m_model->isHeaderText(field);
            if (!header)
                break;
        }
        if (header)
            block.removeFirst();
    }
    if (block.isEmpty())
        return false;
    int blockColumns = 0;
    for (const QStringList &row : block)
        blockColumns = std::max(blockColumns, static_cast<int>(row.size()));
    const int blockRows = static_cast<int>(block.size());
    const auto value = [&](int r, int c) {
        const QStringList &row = block[r % blockRows];
        const int column = c % blockColumns;
        return column < row.size() ? row[column] : QString();
    };

    const std::vector<QModelIndex> rows = visibleRows();
    const std::vector<int> columns = visibleColumns();
    std::map<QPersistentModelIndex, int> rowOf;
    for (std::size_t r = 0; r < rows.size(); ++r)
        rowOf[QPersistentModelIndex(rows[r])] = static_cast<int>(r);
    std::map<int, int> columnOf;
    for (std::size_t c = 0; c < columns.size(); ++c)
        columnOf[columns[c]] = static_cast<int>(c);

    // The selection as cells on screen; none selected: the current cell.
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells << currentIndex();
    std::vector<std::pair<int, int>> selected;
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex &cell : cells) {
        const auto row = rowOf.find(QPersistentModelIndex(cell.siblingAtColumn(0)));
        const auto column = columnOf.find(cell.column());
        if (row == rowOf.end() || column == columnOf.end())
            continue;
        selected.emplace_back(row->second, column->second);
        top = std::min(top, row->second);
        bottom = std::max(bottom, row->second);
        left = std::min(left, column->second);
        right = std::max(right, column->second);
    }
    if (selected.empty())
        return false;
    const auto at = [&](int r, int c) {
        return rows[static_cast<std::size_t>(r)].siblingAtColumn(columns[static_cast<std::size_t>(c)]);
    };

    QList<Target> targets;
    const int height = bottom - top + 1;
    const int width = right - left + 1;
    QString undoText;
    bool fill = false;
    if (blockRows == 1 && blockColumns == 1) {
        // One value fills every selected cell.
        fill = selected.size() > 1;
        for (const auto &[r, c] : selected)
            targets.append({at(r, c), value(0, 0)});
        undoText = selected.size() == 1 ? tr("Klistra in i %1").arg(m_model->formulaNote(at(selected[0].first, selected[0].second), value(0, 0)))
                                        : tr("Fyll %1 celler med %2").arg(selected.size()).arg(value(0, 0));
    } else if (height % blockRows == 0 && width % blockColumns == 0 && (height > blockRows || width > blockColumns)) {
        // A block repeats over a selection that is a multiple of it.
        for (int r = 0; r < height; ++r)
            for (int c = 0; c < width; ++c)
                targets.append({at(top + r, left + c), value(r, c)});
        undoText = tr("Klistra in %1 × %2 upprepat till %3 × %4").arg(blockRows).arg(blockColumns).arg(height).arg(width);
    } else {
        // Else once, at the top-left of the selection.
        QStringList beyond;
        if (top + blockRows > static_cast<int>(rows.size()))
            beyond << tr("blocket har %1 rader men tabellen bara %2 från %3")
                          .arg(blockRows)
                          .arg(static_cast<int>(rows.size()) - top)
                          .arg(at(top, 0).data().toString());
        if (left + blockColumns > static_cast<int>(columns.size()))
            beyond << tr("blocket har %1 kolumner men tabellen bara %2 från %3")
                          .arg(blockColumns)
                          .arg(static_cast<int>(columns.size()) - left)
                          .arg(m_model->copyHeader(columns[static_cast<std::size_t>(left)]));
        if (!beyond.isEmpty()) {
            showProblems(beyond, {});
            return false;
        }
        for (int r = 0; r < blockRows; ++r)
            for (int c = 0; c < blockColumns; ++c)
                targets.append({at(top + r, left + c), value(r, c)});
        undoText = tr("Klistra in %1 × %2").arg(blockRows).arg(blockColumns);
    }
    // Filling one value over a range passes over the sums in it, as Ctrl+D does; a block from
    // Tertial passes over the computed cells it carries; other text must leave them as they are.
    const Computed computed = fill || exact ? Computed::Skip : Computed::Refuse;
    if (!apply(targets, undoText, computed, exact))
        return false;
    // Excel selects what was pasted.
    QItemSelection pasted;
    for (const Target &target : targets)
        pasted.select(target.index, target.index);
    selectionModel()->select(pasted, QItemSelectionModel::ClearAndSelect);
    selectionModel()->setCurrentIndex(targets.first().index, QItemSelectionModel::NoUpdate);
    return true;
}

bool EconomicView::apply(const QList<Target> &targets, const QString &undoText, Computed computed, bool exact)
{
    std::vector<Storage::FigureChange> changes;
    QStringList problems;
    QModelIndexList bad;
    QStringList formulas;
    const auto methodColumn = static_cast<int>(EconomicTableModel::Column::ForecastMethod);
    for (const auto &[index, text] : targets) {
        const QString trimmed = text.trimmed();
        const bool derived = index.column() == 0 || index.column() == methodColumn
                             || index.data(EconomicTableModel::DerivedRole).toBool();
        if (derived) {
            // Unchanged (as shown, exactly, or empty) is no change; a name is never one.
            const bool same = trimmed.isEmpty() || trimmed == m_model->copyText(index) || trimmed == m_model->exactText(index)
                              || trimmed == index.data(Qt::DisplayRole).toString();
            if (same || computed == Computed::Skip)
                continue;
            problems << tr("%1, %2: räknas fram och kan inte skrivas in (klistrat: %3)")
                            .arg(m_model->index(index.row(), 0, index.parent()).data().toString(),
                                 m_model->copyHeader(index.column()), trimmed);
            bad << index;
            continue;
        }
        auto change = m_model->changeFor(index, text, exact ? std::optional(Core::AmountUnit::Kronor) : std::nullopt);
        if (!change) {
            problems << QString::fromStdString(change.error().message);
            bad << index;
            continue;
        }
        if (Core::isFormula(trimmed.toStdString()))
            formulas << m_model->formulaNote(index, trimmed);
        changes.push_back(*change);
    }
    if (!problems.isEmpty()) {
        showProblems(problems, bad);
        return false;
    }
    // Formulas are kept in the audit log: the figure stored is their value.
    std::string reason;
    if (formulas.size() == 1)
        reason = tr("formel %1").arg(formulas.first()).toStdString();
    else if (!formulas.isEmpty())
        reason = tr("formler: %1").arg(formulas.join(QStringLiteral("; "))).toStdString();
    if (auto ok = m_document->editFigures(std::move(changes), undoText, reason); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        return false;
    }
    return true;
}

void EconomicView::showProblems(const QStringList &problems, const QModelIndexList &cells)
{
    // The status bar says it briefly; the dialog keeps every cell, to read and to copy.
    m_document->reportError(problems.size() == 1 ? tr("Ingenting klistrades in: %1").arg(problems.first())
                                                 : tr("Ingenting klistrades in: %1 celler kan inte ta emot sina värden, "
                                                      "till exempel %2")
                                                       .arg(problems.size())
                                                       .arg(problems.first()));
    if (!cells.isEmpty()) {
        QItemSelection selection;
        for (const QModelIndex &cell : cells)
            selection.select(cell, cell);
        selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        selectionModel()->setCurrentIndex(cells.first(), QItemSelectionModel::NoUpdate);
        scrollTo(cells.first());
    }
    if (m_problemsDialog)
        m_problemsDialog->close();
    m_problemsDialog = new PasteProblemsDialog(problems, window());
    m_problemsDialog->open(); // window-modal and without a nested event loop
}

bool EconomicView::clearSelectedCells()
{
    QList<Target> targets;
    for (const QModelIndex &index : selectedCells())
        if (index.flags() & Qt::ItemIsEditable
            && index.column() != static_cast<int>(EconomicTableModel::Column::ForecastMethod))
            targets.append({index, QString()});
    if (targets.isEmpty())
        return false;
    return apply(targets, tr("Töm celler"), Computed::Skip, false);
}

bool EconomicView::fillSelection(const QString &text)
{
    QList<Target> targets;
    QModelIndexList cells = selectedCells();
    if (!cells.contains(currentIndex()) && currentIndex().isValid())
        cells.prepend(currentIndex());
    for (const QModelIndex &index : std::as_const(cells))
        targets.append({index, text});
    if (targets.isEmpty())
        return false;
    return apply(targets, tr("Fyll %1 celler med %2").arg(targets.size()).arg(text), Computed::Skip, false);
}

bool EconomicView::fillDown()
{
    // Each selected column takes the value of its top selected cell.
    std::map<int, QModelIndex> top;
    QList<Target> targets;
    for (const QModelIndex &index : selectedCells()) {
        auto [it, first] = top.emplace(index.column(), index);
        if (first)
            continue;
        if (index.flags() & Qt::ItemIsEditable)
            targets.append({index, it->second.data(Qt::EditRole).toString()});
    }
    if (targets.isEmpty())
        return false;
    // Exactly the top value, in the display unit with all its decimals (EditRole).
    return apply(targets, tr("Fyll nedåt"), Computed::Skip, false);
}

} // namespace Tertial::Gui
