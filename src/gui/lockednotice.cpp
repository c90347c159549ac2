// SPDX-License-Identifier: GPL-3.0-or-later
// The locked-cell notice of the Ekonomi view.
#include "lockednotice.h"

#include "models/document.h"
#include "models/economictablemodel.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>

namespace Tertial::Gui {

LockedCellNotice::LockedCellNotice(QAbstractItemView *view, Models::EconomicTableModel *model, Models::Document *document)
    : QObject(view), m_view(view), m_model(model), m_document(document)
{
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

QString LockedCellNotice::noticeFor(const QModelIndex &index) const
{
    if (!index.isValid() || (index.flags() & Qt::ItemIsEditable))
        return {};
    // The model's own refusal says which lock and why; a derived cell is not a lock's business.
    auto change = m_model->changeFor(index, QString());
    if (change || change.error().code != Core::ErrorCode::Conflict)
        return {};
    return QString::fromStdString(change.error().message);
}

bool LockedCellNotice::show(const QModelIndex &index)
{
    const QString notice = noticeFor(index);
    if (notice.isEmpty())
        return false;
    const QRect rect = m_view->visualRect(index);
    QToolTip::showText(m_view->viewport()->mapToGlobal(rect.bottomLeft()), notice, m_view->viewport(), rect, 10000);
    m_document->reportError(notice);
    return true;
}

bool LockedCellNotice::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is being edited, its keys go to the editor, not here.
    if (m_view->indexWidget(m_view->currentIndex()))
        return false;
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool typing = !key->text().isEmpty() && key->text().at(0).isPrint() &&
                            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        const bool clearing = key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace || key->key() == Qt::Key_F2;
        if (typing || clearing)
            return show(m_view->currentIndex());
    }
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        show(m_view->indexAt(mouse->position().toPoint()));
    }
    return false;
}

} // namespace Tertial::Gui
