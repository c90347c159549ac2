// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Kolada comparison parts.
#include "comparisonworkbench.h"

#include "comparisonview.h"
#include "relatedkpipanel.h"
#include "usergroupedits.h"

#include "storage/koladastore.h"

namespace Tertial::Gui {

Core::Result<std::unique_ptr<ComparisonWorkbench>> ComparisonWorkbench::open(const QString &path, QUndoStack *undoStack)
{
    auto store = Storage::KoladaStore::open(path.toStdString());
    if (!store)
        return std::unexpected(store.error());
    return std::unique_ptr<ComparisonWorkbench>(new ComparisonWorkbench(std::move(*store), undoStack));
}

ComparisonWorkbench::ComparisonWorkbench(std::unique_ptr<Storage::KoladaStore> store, QUndoStack *undoStack)
    : m_store(std::move(store)), m_edits(new UserGroupEdits(*m_store, undoStack, this)),
      m_view(new ComparisonView(*m_store)), m_panel(new RelatedKpiPanel(*m_store))
{
    m_view->setObjectName(QStringLiteral("comparisonView"));
    m_panel->setObjectName(QStringLiteral("relatedKpiPanel"));
    m_view->setUserGroupEdits(m_edits);
    connect(m_view, &ComparisonView::koladaDataChanged, m_panel, &RelatedKpiPanel::refresh);
    connect(m_panel, &RelatedKpiPanel::kpiActivated, this, [this](const QString &kpi, int year) {
        m_view->setKpi(kpi);
        m_view->setYear(year);
        emit comparisonRequested();
    });
}

ComparisonWorkbench::~ComparisonWorkbench()
{
    delete m_view;
    delete m_panel;
}

void ComparisonWorkbench::setContext(const QString &kommunId, const QStringList &verksamheter, int year)
{
    if (kommunId != m_kommun) {
        m_kommun = kommunId;
        m_view->setHighlighted(kommunId);
    }
    m_panel->setContext(kommunId, verksamheter, year);
}

} // namespace Tertial::Gui
