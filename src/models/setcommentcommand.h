// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for a verksamhet's comment (kommentar) of one period.
#pragma once

#include "storage/records.h"

#include <QUndoCommand>

namespace Tertial::Models {

class Document;

class SetCommentCommand final : public QUndoCommand
{
public:
    // Already written by the document; the first redo() does nothing.
    SetCommentCommand(Document *document, Storage::Comment before, Storage::Comment after);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    Storage::Comment m_before;
    Storage::Comment m_after;
    bool m_applied = true;
};

} // namespace Tertial::Models
