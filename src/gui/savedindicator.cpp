// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's "Sparat".
#include "savedindicator.h"

#include "models/document.h"

#include <QTime>
#include <QUndoStack>

#include <utility>

namespace Tertial::Gui {

SavedIndicator::SavedIndicator(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("savedIndicator"));
    setText(tr("Ändringar sparas direkt"));
    setToolTip(tr("Varje ändring skrivs till databasen när du gör den; det finns inget att spara."));
}

void SavedIndicator::follow(Models::Document *document)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    setText(tr("Ändringar sparas direkt"));
    if (!document)
        return;
    // A selection reads; it announces a new log (auditLogChanged) right after selectionChanged.
    m_connections << connect(document, &Models::Document::selectionChanged, this, [this] { m_selecting = true; });
    m_connections << connect(document, &Models::Document::auditLogChanged, this, [this] {
        if (std::exchange(m_selecting, false))
            return;
        markSaved();
    });
    m_connections << connect(document->undoStack(), &QUndoStack::indexChanged, this, &SavedIndicator::markSaved);
}

void SavedIndicator::markSaved()
{
    ++m_count;
    setText(tr("\u2713 Sparat %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

} // namespace Tertial::Gui
