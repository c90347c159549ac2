// SPDX-License-Identifier: GPL-3.0-or-later
// Hjälp › Om Tertial: the program's version and licence.
#pragma once

#include <QDialog>

class QIcon;
class QMainWindow;
class QMenu;

namespace Tertial::Gui {

// The version shown is the application's (main() sets it from Version::full(), the one place),
// so this library does not relink for every commit.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QString text() const; // what the dialog says, for tests
};

// Tertial's icon (packaging/icons/tertial.svg, compiled in): the windows' and this dialog's.
QIcon applicationIcon();
// The window's Hjälp menu: the form's menuHelp when it has one, else a new one last in the menu bar.
QMenu *helpMenu(QMainWindow *window);
// Adds "Om Tertial …" to the window's Hjälp menu.
void addAboutAction(QMainWindow *window);

} // namespace Tertial::Gui
