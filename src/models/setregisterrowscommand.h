// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for register rows (volymer, åtgärdsplan, investeringar, statsbidrag): added, changed, removed.
#pragma once

#include "storage/registerrows.h"

#include <QUndoCommand>

#include <vector>

namespace Tertial::Models {

class Document;

// Instantiated for Volume, ActionItem, Investment and StateGrant.
template<typename T>
class SetRegisterRowsCommand final : public QUndoCommand
{
public:
    // Already written by the document; the first redo() does nothing. Undo writes the inverse
    // changes (after -> before) in reverse order.
    SetRegisterRowsCommand(Document *document, std::vector<Storage::RowChange<T>> changes, const QString &text);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    std::vector<Storage::RowChange<T>> m_changes;
    bool m_applied = true;
};

extern template class SetRegisterRowsCommand<Storage::Volume>;
extern template class SetRegisterRowsCommand<Storage::ActionItem>;
extern template class SetRegisterRowsCommand<Storage::Investment>;
extern template class SetRegisterRowsCommand<Storage::StateGrant>;
extern template class SetRegisterRowsCommand<Storage::PersonnelFigure>;

} // namespace Tertial::Models
