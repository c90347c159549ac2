// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for an indicator status set by hand.
#include "setstatusoverridecommand.h"

#include "document.h"

#include <QCoreApplication>

namespace Tertial::Models {

SetStatusOverrideCommand::SetStatusOverrideCommand(Document *document, Storage::Id indicatorId, int year,
                                                   std::optional<int> month, std::optional<Storage::StatusOverride> before,
                                                   std::optional<Storage::StatusOverride> after)
    : QUndoCommand(after ? QCoreApplication::translate("Tertial::Models::Document", "Sätt status för hand")
                         : QCoreApplication::translate("Tertial::Models::Document", "Använd beräknad status")),
      m_document(document), m_indicatorId(indicatorId), m_year(year), m_month(month), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void SetStatusOverrideCommand::apply(const std::optional<Storage::StatusOverride> &value)
{
    if (auto ok = m_document->applyStatusOverride(m_indicatorId, m_year, m_month, value); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        setObsolete(true);
    }
}

void SetStatusOverrideCommand::undo()
{
    apply(m_before);
}

void SetStatusOverrideCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    apply(m_after);
}

} // namespace Tertial::Models
