// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for an indicator status set by hand (or given back to the computation).
#pragma once

#include "storage/registerrows.h"

#include <QUndoCommand>

namespace Tertial::Models {

class Document;

class SetStatusOverrideCommand final : public QUndoCommand
{
public:
    // Already written by the document; the first redo() does nothing.
    SetStatusOverrideCommand(Document *document, Storage::Id indicatorId, int year, std::optional<int> month,
                             std::optional<Storage::StatusOverride> before, std::optional<Storage::StatusOverride> after);
    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<Storage::StatusOverride> &value);

    Document *m_document;
    Storage::Id m_indicatorId;
    int m_year;
    std::optional<int> m_month;
    std::optional<Storage::StatusOverride> m_before;
    std::optional<Storage::StatusOverride> m_after;
    bool m_applied = true;
};

} // namespace Tertial::Models
