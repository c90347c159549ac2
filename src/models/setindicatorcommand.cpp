// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for an indicator's definition.
#include "setindicatorcommand.h"

#include "document.h"

#include <QCoreApplication>

namespace Tertial::Models {

SetIndicatorCommand::SetIndicatorCommand(Document *document, Storage::Indicator before, Storage::Indicator after)
    : QUndoCommand(QCoreApplication::translate("Tertial::Models::Document", "Ändra indikator")),
      m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetIndicatorCommand::undo()
{
    if (auto ok = m_document->applyIndicator(m_before); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        setObsolete(true);
    }
}

void SetIndicatorCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (auto ok = m_document->applyIndicator(m_after); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        setObsolete(true);
    }
}

} // namespace Tertial::Models
