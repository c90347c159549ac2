// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for figure edits.
#include "setfigurescommand.h"

#include "document.h"

namespace Tertial::Models {
namespace {
constexpr std::int64_t kNoRowHasThisVersion = -1; // versions are 0 (no row) or positive
}

SetFiguresCommand::SetFiguresCommand(Document *document, std::vector<Storage::FigureChange> before,
                                     std::vector<Storage::FigureChange> after, const QString &text, std::int64_t version)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)), m_version(version)
{
}

std::vector<Storage::FigureChange> SetFiguresCommand::based(const std::vector<Storage::FigureChange> &changes,
                                                            const std::vector<Storage::FigureChange> &previous) const
{
    std::vector<Storage::FigureChange> result = changes;
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (m_version == Document::kPendingVersion && m_document->isPending(result[i].key))
            result[i].baseVersion = m_document->versionOf(result[i].key); // not written yet: as the table has it
        else if (m_version == Document::kPendingVersion)
            // Written since the server came back, at a version this step never learnt: based on
            // it only while the cell still shows what this step wrote. Otherwise someone changed
            // it since, and a version no row has makes the store report who (a conflict).
            result[i].baseVersion = m_document->storedFigure(result[i].key) == previous[i].amount
                                        ? m_document->versionOf(result[i].key)
                                        : kNoRowHasThisVersion;
        else
            result[i].baseVersion = previous[i].amount ? m_version : 0;
    }
    return result;
}

void SetFiguresCommand::undo()
{
    auto version = m_document->applyFigures(based(m_before, m_after), "ångrad ändring");
    if (!version) {
        m_document->reportError(QString::fromStdString(version.error().message));
        setObsolete(true); // a locked period or someone else's change since: the step cannot be taken back
        return;
    }
    m_version = *version;
}

void SetFiguresCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    auto version = m_document->applyFigures(based(m_after, m_before), "gjord om");
    if (!version) {
        m_document->reportError(QString::fromStdString(version.error().message));
        setObsolete(true);
        return;
    }
    m_version = *version;
}

bool SetFiguresCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFiguresCommand *>(other);
    if (m_after.size() != 1 || next->m_after.size() != 1 || !(m_after[0].key == next->m_after[0].key))
        return false;
    m_after = next->m_after;
    m_version = next->m_version;
    return true;
}

} // namespace Tertial::Models
