// SPDX-License-Identifier: GPL-3.0-or-later
// What the main window needs for Kolada comparisons: the store, the Jämförelse view, the related key figures, the group edits.
#pragma once

#include "comparisonview.h"
#include "relatedkpipanel.h"

#include "core/error.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QUndoStack;

namespace Tertial::Storage {
class KoladaStore;
}

namespace Tertial::Gui {

class UserGroupEdits;

// One per open database, so the main window's hook stays a few lines. The view and the panel
// are made without a parent for the window to place (a tab, a dock); they are deleted here if
// the window has not deleted them first, always before the store they read.
class ComparisonWorkbench final : public QObject
{
    Q_OBJECT
public:
    // Opens the database's Kolada tables on a connection of their own; group edits go on `undoStack`
    // (the document's), beside the figure edits.
    static Core::Result<std::unique_ptr<ComparisonWorkbench>> open(const QString &path, QUndoStack *undoStack);
    ~ComparisonWorkbench() override;

    ComparisonView *view() const { return m_view; }
    RelatedKpiPanel *relatedPanel() const { return m_panel; }
    UserGroupEdits *edits() const { return m_edits; }

    // The Ekonomi selection: the kommun is highlighted in the comparison; the verksamhet (name
    // first, then its ancestors') picks the related key figures.
    void setContext(const QString &kommunId, const QStringList &verksamheter, int year);

signals:
    // A related key figure was double-clicked: the window shows the comparison (already set to it).
    void comparisonRequested();

private:
    explicit ComparisonWorkbench(std::unique_ptr<Storage::KoladaStore> store, QUndoStack *undoStack);

    std::unique_ptr<Storage::KoladaStore> m_store;
    UserGroupEdits *m_edits;
    QPointer<ComparisonView> m_view;
    QPointer<RelatedKpiPanel> m_panel;
    QString m_kommun;
};

} // namespace Tertial::Gui
