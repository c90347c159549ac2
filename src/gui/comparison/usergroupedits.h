// SPDX-License-Identifier: GPL-3.0-or-later
// Undoable edits of the analyst's own comparison groups ("Liknande kommuner IFO") in the Kolada store.
#pragma once

#include "core/error.h"
#include "storage/koladastore.h"

#include <QObject>

class QUndoStack;

namespace Tertial::Gui {

// Every edit writes one store transaction first; only when it succeeded is a command pushed on
// the document's undo stack (its first redo does nothing), so an error comes back as a value and
// leaves no step in the Edit menu. Undo and redo write the group as it was before or after.
class UserGroupEdits final : public QObject
{
    Q_OBJECT
public:
    UserGroupEdits(Storage::KoladaStore &store, QUndoStack *undoStack, QObject *parent = nullptr);

    Core::Result<std::vector<Storage::KoladaUserGroup>> groups() const;
    Core::Result<Storage::KoladaUserGroup> create(const QString &title, const std::vector<std::string> &members = {});
    Core::Result<void> rename(std::int64_t id, const QString &title);
    Core::Result<void> setMembers(std::int64_t id, const std::vector<std::string> &members);
    Core::Result<void> remove(std::int64_t id);

    QUndoStack *undoStack() const { return m_undoStack; }
    Storage::KoladaStore &store() const { return m_store; }

signals:
    // After every write, undo and redo included.
    void changed();
    // An undo or redo the store refused (another program changed the database meanwhile).
    void errorOccurred(const QString &message);

private:
    Core::Result<Storage::KoladaUserGroup> find(std::int64_t id) const;
    Core::Result<void> change(const Storage::KoladaUserGroup &before, const Storage::KoladaUserGroup &after,
                              const QString &text);

    Storage::KoladaStore &m_store;
    QUndoStack *m_undoStack;
};

} // namespace Tertial::Gui
