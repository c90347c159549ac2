// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for an indicator's definition (målsort, tolerans) written through the store.
#pragma once

#include "storage/records.h"

#include <QUndoCommand>

namespace Tertial::Models {

class Document;

class SetIndicatorCommand final : public QUndoCommand
{
public:
    // Already written by the document; the first redo() does nothing.
    SetIndicatorCommand(Document *document, Storage::Indicator before, Storage::Indicator after);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    Storage::Indicator m_before;
    Storage::Indicator m_after;
    bool m_applied = true;
};

} // namespace Tertial::Models
