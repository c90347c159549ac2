// SPDX-License-Identifier: GPL-3.0-or-later
// Redigera's table actions.
#include "editactions.h"

#include "economicview.h"
#include "tabletext.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

namespace Tertial::Gui {

namespace {

QAction *windowAction(QWidget *window, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, window);
    action->setShortcut(key);
    // In the whole window, but a focused line edit keeps its own Ctrl+C, Ctrl+V and Ctrl+A.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    window->addAction(action);
    return action;
}

} // namespace

EditActions::EditActions(QWidget *window, std::function<QAbstractItemView *()> fallback)
    : QObject(window), m_window(window), m_fallback(std::move(fallback))
{
    m_copy = windowAction(window, tr("&Kopiera"), QKeySequence::Copy);
    m_copy->setStatusTip(tr("Kopierar markeringen med rubrikrad, värdena som de visas"));
    m_paste = windowAction(window, tr("Klistra &in"), QKeySequence::Paste);
    m_paste->setStatusTip(tr("Klistrar in från markeringens övre vänstra cell; ett värde fyller hela markeringen"));
    m_fill = windowAction(window, tr("&Fyll nedåt"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_clear = windowAction(window, tr("&Töm celler"), QKeySequence::Delete);
    m_selectAll = windowAction(window, tr("&Markera allt"), QKeySequence::SelectAll);
    m_save = windowAction(window, tr("&Spara"), QKeySequence::Save);
    m_save->setStatusTip(tr("Allt sparas redan när det görs"));

    connect(m_copy, &QAction::triggered, this, [this] {
        QAbstractItemView *view = target();
        if (auto *economic = qobject_cast<EconomicView *>(view))
            economic->copy();
        else if (view)
            copyRows(selectedCellsWithHeader(view));
    });
    connect(m_paste, &QAction::triggered, this, [this] {
        if (auto *economic = qobject_cast<EconomicView *>(target()))
            economic->paste();
    });
    connect(m_fill, &QAction::triggered, this, [this] {
        if (auto *economic = qobject_cast<EconomicView *>(target()))
            economic->fillDown();
    });
    connect(m_clear, &QAction::triggered, this, [this] {
        if (auto *economic = qobject_cast<EconomicView *>(target()))
            economic->clearSelectedCells();
    });
    connect(m_selectAll, &QAction::triggered, this, [this] {
        if (QAbstractItemView *view = target())
            view->selectAll();
    });
    connect(m_save, &QAction::triggered, this, &EditActions::saveRequested);
    // Queued: the focus also moves while widgets are being destroyed.
    connect(qApp, &QApplication::focusChanged, this, &EditActions::update, Qt::QueuedConnection);
}

void EditActions::addTo(QMenu *menu) const
{
    menu->addActions({m_copy, m_paste, m_fill, m_clear});
    menu->addSeparator();
    menu->addAction(m_selectAll);
    menu->addSeparator();
    menu->addAction(m_save);
}

QList<QAction *> EditActions::tableActions() const
{
    return {m_copy, m_paste, m_fill, m_clear, m_selectAll};
}

QAbstractItemView *EditActions::target() const
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (w->window() != m_window->window())
            break;
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            return view;
    }
    return m_fallback ? m_fallback() : nullptr;
}

void EditActions::watch(QAbstractItemView *view)
{
    view->installEventFilter(this);
}

bool EditActions::eventFilter(QObject *watched, QEvent *event)
{
    auto *view = qobject_cast<QAbstractItemView *>(watched);
    if (event->type() != QEvent::KeyPress || !view)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // An open editor has the focus and its own keys: these are the view's.
    if (key->matches(QKeySequence::Copy) && !qobject_cast<EconomicView *>(view)) {
        copyRows(selectedCellsWithHeader(view));
        return true;
    }
    // Shift+F10 opens the context menu at the current cell, as the Menu key does.
    if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier) {
        const QRect cell = view->visualRect(view->currentIndex());
        const QPoint at = cell.isValid() ? cell.center() : QPoint(8, 8);
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &menu);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void EditActions::update()
{
    const bool economic = qobject_cast<EconomicView *>(target()) != nullptr;
    m_paste->setEnabled(economic);
    m_fill->setEnabled(economic);
    m_clear->setEnabled(economic);
}

} // namespace Tertial::Gui
