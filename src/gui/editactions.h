// SPDX-License-Identifier: GPL-3.0-or-later
// Redigera's table actions (copy, paste, fill, clear, select all, save) for whichever table the
// user is in: the Ekonomi tree with Excel's paste, any other table with a copy of its selection.
#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

namespace Tertial::Gui {

class EditActions final : public QObject
{
    Q_OBJECT
public:
    // `window`: where the shortcuts live; `fallback`: the table of the current tab, for when the
    // keyboard focus is in no table (on a tab bar, say).
    EditActions(QWidget *window, std::function<QAbstractItemView *()> fallback);

    void addTo(QMenu *menu) const;
    // The actions a table's context menu shows (copy, paste, fill down, clear, select all).
    QList<QAction *> tableActions() const;

    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *fillAction() const { return m_fill; }
    QAction *clearAction() const { return m_clear; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *saveAction() const { return m_save; }

    // The table the actions work on now.
    QAbstractItemView *target() const;
    // Enables what the target can do (paste, fill and clear: the Ekonomi table only).
    void update();
    // Ctrl+C in `view` copies the selection with its header row (an item view's own Ctrl+C
    // copies the current cell only, and it takes the key before the window's shortcut);
    // Shift+F10 opens its context menu at the current cell.
    void watch(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // Ctrl+S: everything is stored as it is made; the window says so.
    void saveRequested();

private:
    QWidget *m_window;
    std::function<QAbstractItemView *()> m_fallback;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_fill;
    QAction *m_clear;
    QAction *m_selectAll;
    QAction *m_save;
};

} // namespace Tertial::Gui
