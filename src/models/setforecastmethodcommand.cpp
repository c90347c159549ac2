// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for a forecast method change.
#include "setforecastmethodcommand.h"

#include "document.h"

#include <QCoreApplication>

namespace Tertial::Models {

SetForecastMethodCommand::SetForecastMethodCommand(Document *document, Storage::ForecastChoice before,
                                                   Storage::ForecastChoice after)
    : QUndoCommand(QCoreApplication::translate("Tertial::Models::Document", "Ändra prognosmetod")),
      m_document(document), m_before(before), m_after(after)
{
}

void SetForecastMethodCommand::undo()
{
    if (auto ok = m_document->applyForecastMethod(m_before); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        setObsolete(true);
    }
}

void SetForecastMethodCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (auto ok = m_document->applyForecastMethod(m_after); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        setObsolete(true);
    }
}

} // namespace Tertial::Models
