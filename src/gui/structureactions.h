// SPDX-License-Identifier: GPL-3.0-or-later
// Redigera › Ny nämnd, Ny verksamhet, Nytt år: the dialogs and the structure edits behind them.
#pragma once

#include <QObject>

#include <optional>

class QAction;

namespace Tertial::Models {
class StructureEdits;
} // namespace Tertial::Models

namespace Tertial::Gui {

class MainWindow;

class StructureActions final : public QObject
{
    Q_OBJECT
public:
    explicit StructureActions(MainWindow *window);

    QList<QAction *> actions() const { return {m_newNamnd, m_newVerksamhet, m_newYear}; }

    // Each asks in its dialog, then edits (one undo step each). A new nämnd goes on to ask for
    // its first year; a new year is then selected (helår), a new verksamhet made current.
    void newNamnd();
    void newVerksamhet();
    void newYear(std::optional<qint64> namndId = std::nullopt);

private:
    Models::StructureEdits *edits(); // the open document's, made on first use
    void report(const QString &message);

    MainWindow *m_window;
    QAction *m_newNamnd;
    QAction *m_newVerksamhet;
    QAction *m_newYear;
};

} // namespace Tertial::Gui
