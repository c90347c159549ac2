// SPDX-License-Identifier: GPL-3.0-or-later
// The per-database part of the workbench, built in one place and torn down in one step.
#include "workspace.h"

#include "chartpanel.h"
#include "commentpanel.h"
#include "comparison/comparisonworkbench.h"
#include "economicview.h"
#include "lockednotice.h"
#include "registerview.h"

#include "models/auditlogmodel.h"
#include "models/document.h"
#include "models/economictablemodel.h"
#include "models/kontoslagtablemodel.h"
#include "models/registertablemodel.h"
#include "models/registertables.h"

#include <QAction>
#include <QHeaderView>
#include <QKeySequence>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace Tertial::Gui {

Workspace::Workspace(std::unique_ptr<Models::Document> document, const QString &path)
    : m_document(std::move(document)), m_path(path)
{
    Models::Document *doc = m_document.get();
    m_undoAction = doc->undoStack()->createUndoAction(this, tr("Ångra"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = doc->undoStack()->createRedoAction(this, tr("Gör om"));
    // Ctrl+Y as in Excel, plus the platform's own redo keys (which may include Ctrl+Y already).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    m_redoAction->setShortcuts(redoKeys);

    m_economicModel = std::make_unique<Models::EconomicTableModel>(doc);
    m_economicView = new EconomicView(doc, m_economicModel.get());
    new LockedCellNotice(m_economicView, m_economicModel.get(), doc); // says why a locked cell takes nothing
    // Ekonomi: per verksamhet (editable) and per kontoslag (the Driftredovisning, read-only).
    auto *economyViews = new QTabWidget;
    economyViews->setDocumentMode(true);
    economyViews->addTab(m_economicView, tr("Verksamheter"));
    auto *kontoslagView = new QTreeView;
    kontoslagView->setRootIsDecorated(false);
    kontoslagView->setModel(new Models::KontoslagTableModel(doc, kontoslagView));
    kontoslagView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    economyViews->addTab(kontoslagView, tr("Kontoslag"));
    m_economyPage = economyViews;

    for (const RegisterKind kind : {RegisterKind::Volumes, RegisterKind::Indicators, RegisterKind::Actions,
                                    RegisterKind::Investments, RegisterKind::StateGrants, RegisterKind::Personnel}) {
        auto model = std::make_unique<Models::RegisterTableModel>();
        auto *view = new RegisterView(doc, model.get(), kind == RegisterKind::Indicators);
        // Only the åtgärdsplan's comment column takes the rest of the width; numbers stay near their labels.
        view->horizontalHeader()->setStretchLastSection(kind == RegisterKind::Actions);
        QWidget *panel = view->createPanel();
        m_registers.push_back({kind, model.get(), view, panel});
        m_registerPanels.emplace_back(panel);
        m_registerModels.push_back(std::move(model));
    }

    m_commentPanel = new CommentPanel(doc);
    if (auto comparison = ComparisonWorkbench::open(m_path, doc->undoStack()); comparison)
        m_comparison = std::move(*comparison);
    else
        m_comparisonError = QString::fromStdString(comparison.error().message);
    m_auditModel = std::make_unique<Models::AuditLogModel>(doc);

    connect(doc, &Models::Document::selectionChanged, this, &Workspace::refreshRegisters);
    connect(doc, &Models::Document::displayChanged, this, &Workspace::refreshRegisters);
    // After the edit that caused it has returned (the model must not reset inside its setData).
    connect(doc, &Models::Document::indicatorsChanged, this, &Workspace::refreshRegisters, Qt::QueuedConnection);
    connect(doc, &Models::Document::registersChanged, this, &Workspace::refreshRegisters, Qt::QueuedConnection);

    // Last, so that it redraws after the tables have followed a change.
    m_chartPanel = new ChartPanel(doc);
    m_chartPanel->followEconomy(m_economicView);
    for (const Register &r : m_registers)
        if (r.kind == RegisterKind::Volumes)
            m_chartPanel->followVolumes(r.view);
        else if (r.kind == RegisterKind::Indicators)
            m_chartPanel->followIndicators(r.view);
}

void Workspace::refreshRegisters()
{
    if (!m_document->hasSelection())
        return;
    Models::Document &doc = *m_document;
    for (const Register &r : m_registers) {
        Core::Result<void> ok;
        switch (r.kind) {
        case RegisterKind::Volumes: ok = Models::RegisterTables::fillVolumes(doc, *r.model); break;
        case RegisterKind::Indicators: ok = Models::RegisterTables::fillIndicators(doc, *r.model); break;
        case RegisterKind::Actions: ok = Models::RegisterTables::fillActions(doc, *r.model); break;
        case RegisterKind::Investments: ok = Models::RegisterTables::fillInvestments(doc, *r.model); break;
        case RegisterKind::StateGrants: ok = Models::RegisterTables::fillStateGrants(doc, *r.model); break;
        case RegisterKind::Personnel: ok = Models::RegisterTables::fillPersonnel(doc, *r.model); break;
        }
        if (!ok)
            emit errorOccurred(QString::fromStdString(ok.error().message));
        r.view->resizeColumnsToContents();
        // Long paths and texts wrap in a column of reasonable width; the full text is in the tooltip.
        // On Volymer the twelve months need the room, so its text columns are narrower.
        const int widest = r.kind == RegisterKind::Volumes ? 210 : 380;
        for (int c = 0; c < r.model->columnCount(); ++c)
            r.view->setColumnWidth(c, std::min(r.view->columnWidth(c), widest));
        r.view->resizeRowsToContents();
    }
}

Workspace::~Workspace()
{
    // Views first (they hold their models and the document), wherever the window placed them;
    // a widget the window already deleted is gone from its QPointer.
    delete m_chartPanel.data();
    delete m_commentPanel.data();
    for (const QPointer<QWidget> &panel : m_registerPanels)
        delete panel.data();
    delete m_economyPage.data();
    // The comparison's view and panel, then its Kolada connection.
    m_comparison.reset();
    m_auditModel.reset();
    m_registerModels.clear();
    m_economicModel.reset();
    // The undo actions follow the document's undo stack: they go before it.
    delete m_undoAction;
    delete m_redoAction;
    m_document.reset(); // the store's connection closes here
}

} // namespace Tertial::Gui
