// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for figure edits: one cell, a cleared cell, a pasted block or a fill-down.
#pragma once

#include "storage/records.h"

#include <QUndoCommand>

#include <vector>

namespace Tertial::Models {

class Document;

class SetFiguresCommand final : public QUndoCommand
{
public:
    // `before` holds the same keys as `after` with their stored values (nullopt = empty). The
    // document has already written `after` (it reports errors before anything is pushed), so the
    // first redo() that push() calls does nothing. `version` is what that write gave the cells:
    // undo and redo are based on the cells as this command left them, so taking a step back
    // never overwrites what someone else wrote since (that is reported as a conflict instead).
    SetFiguresCommand(Document *document, std::vector<Storage::FigureChange> before,
                      std::vector<Storage::FigureChange> after, const QString &text, std::int64_t version);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    // Repeated edits of one cell become one step.
    bool mergeWith(const QUndoCommand *other) override;

private:
    // `changes` based on the cells as `previous` left them with m_version.
    std::vector<Storage::FigureChange> based(const std::vector<Storage::FigureChange> &changes,
                                             const std::vector<Storage::FigureChange> &previous) const;
    Document *m_document;
    std::vector<Storage::FigureChange> m_before;
    std::vector<Storage::FigureChange> m_after;
    bool m_applied = true;
    std::int64_t m_version = 0;
};

} // namespace Tertial::Models
