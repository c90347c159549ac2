// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for the prognosmetod chosen for a verksamhet in a period.
#pragma once

#include "storage/records.h"

#include <QUndoCommand>

namespace Tertial::Models {

class Document;

class SetForecastMethodCommand final : public QUndoCommand
{
public:
    // Already written by the document; the first redo() does nothing.
    SetForecastMethodCommand(Document *document, Storage::ForecastChoice before, Storage::ForecastChoice after);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    Storage::ForecastChoice m_before;
    Storage::ForecastChoice m_after;
    bool m_applied = true;
};

} // namespace Tertial::Models
