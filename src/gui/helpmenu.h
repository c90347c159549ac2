// SPDX-License-Identifier: GPL-3.0-or-later
// Hjälp: the keyboard reference and a short guide in Swedish. The menu is created here, in one
// place, so that other entries (Om Tertial …) can be added to it by whoever owns them.
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace Tertial::Gui {

class HelpMenu final : public QObject
{
    Q_OBJECT
public:
    // Appends "Hjälp" to the menu bar with its two entries; `window` parents the dialogs.
    HelpMenu(QMenuBar *menuBar, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *keyboardAction() const { return m_keyboard; }
    QAction *guideAction() const { return m_guide; }

    void showKeyboardReference();
    void showGuide();

    // The texts, for tests and for the documentation.
    static QString keyboardReferenceHtml();
    static QString guideHtml();

private:
    void showText(const QString &objectName, const QString &title, const QString &html, QSize size);

    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_keyboard;
    QAction *m_guide;
};

} // namespace Tertial::Gui
