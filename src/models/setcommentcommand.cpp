// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for a comment.
#include "setcommentcommand.h"

#include "document.h"

#include <QCoreApplication>

namespace Tertial::Models {

SetCommentCommand::SetCommentCommand(Document *document, Storage::Comment before, Storage::Comment after)
    : QUndoCommand(QCoreApplication::translate("Tertial::Models::Document", "Ändra kommentar")),
      m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetCommentCommand::undo()
{
    if (auto ok = m_document->applyComment(m_before); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        setObsolete(true);
    }
}

void SetCommentCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (auto ok = m_document->applyComment(m_after); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        setObsolete(true);
    }
}

} // namespace Tertial::Models
