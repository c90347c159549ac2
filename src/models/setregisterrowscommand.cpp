// SPDX-License-Identifier: GPL-3.0-or-later
// Undo step for register rows.
#include "setregisterrowscommand.h"

#include "document.h"

namespace Tertial::Models {

template<typename T>
SetRegisterRowsCommand<T>::SetRegisterRowsCommand(Document *document, std::vector<Storage::RowChange<T>> changes,
                                                  const QString &text)
    : QUndoCommand(text), m_document(document), m_changes(std::move(changes))
{
}

template<typename T>
void SetRegisterRowsCommand<T>::undo()
{
    std::vector<Storage::RowChange<T>> inverse;
    inverse.reserve(m_changes.size());
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
        inverse.push_back(Storage::RowChange<T>{it->after, it->before});
    if (auto ok = m_document->applyRows(std::span<const Storage::RowChange<T>>(inverse), "ångrad ändring"); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        setObsolete(true); // a locked period since: the step cannot be taken back
    }
}

template<typename T>
void SetRegisterRowsCommand<T>::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (auto ok = m_document->applyRows(std::span<const Storage::RowChange<T>>(m_changes), "gjord om"); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        setObsolete(true);
    }
}

template class SetRegisterRowsCommand<Storage::Volume>;
template class SetRegisterRowsCommand<Storage::ActionItem>;
template class SetRegisterRowsCommand<Storage::Investment>;
template class SetRegisterRowsCommand<Storage::StateGrant>;
template class SetRegisterRowsCommand<Storage::PersonnelFigure>;

} // namespace Tertial::Models
