// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for figure edits.
#include "setfigurescommand.h"

#include "document.h"

namespace Tertial::Models {

SetFiguresCommand::SetFiguresCommand(Document *document, std::vector<Storage::FigureChange> before,
                                     std::vector<Storage::FigureChange> after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetFiguresCommand::undo()
{
    if (auto ok = m_document->applyFigures(m_before, "ångrad ändring"); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        setObsolete(true); // a locked period since: the step cannot be taken back
    }
}

void SetFiguresCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (auto ok = m_document->applyFigures(m_after, "gjord om"); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        setObsolete(true);
    }
}

bool SetFiguresCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFiguresCommand *>(other);
    if (m_after.size() != 1 || next->m_after.size() != 1 || !(m_after[0].key == next->m_after[0].key))
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Tertial::Models
