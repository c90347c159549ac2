// SPDX-License-Identifier: GPL-3.0-or-later
// Undoable edits of user-defined comparison groups.
#include "usergroupedits.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <optional>

namespace Tertial::Gui {
namespace {

// Writes `after` on redo and `before` on undo; a missing side means "no such group" (deleted).
class UserGroupCommand final : public QUndoCommand
{
public:
    UserGroupCommand(UserGroupEdits &edits, std::optional<Storage::KoladaUserGroup> before,
                     std::optional<Storage::KoladaUserGroup> after, const QString &text)
        : QUndoCommand(text), m_edits(edits), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void redo() override
    {
        if (m_applied) {
            m_applied = false; // written by the edit itself before the push
            return;
        }
        write(m_after, m_before);
    }
    void undo() override { write(m_before, m_after); }

private:
    void write(const std::optional<Storage::KoladaUserGroup> &target, const std::optional<Storage::KoladaUserGroup> &other)
    {
        Storage::KoladaStore &store = m_edits.store();
        const Core::Result<void> ok = target ? store.saveUserGroup(*target) : store.deleteUserGroup(other->id);
        if (!ok)
            emit m_edits.errorOccurred(QString::fromStdString(ok.error().message));
        emit m_edits.changed();
    }

    UserGroupEdits &m_edits;
    std::optional<Storage::KoladaUserGroup> m_before;
    std::optional<Storage::KoladaUserGroup> m_after;
    bool m_applied = true;
};

} // namespace

UserGroupEdits::UserGroupEdits(Storage::KoladaStore &store, QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_store(store), m_undoStack(undoStack)
{
}

Core::Result<std::vector<Storage::KoladaUserGroup>> UserGroupEdits::groups() const
{
    return m_store.userGroups();
}

Core::Result<Storage::KoladaUserGroup> UserGroupEdits::find(std::int64_t id) const
{
    auto all = m_store.userGroups();
    if (!all)
        return std::unexpected(all.error());
    for (auto &group : *all)
        if (group.id == id)
            return std::move(group);
    return std::unexpected(Core::Error{Core::ErrorCode::NotFound, "egen jämförelsegrupp " + std::to_string(id) + " finns inte"});
}

Core::Result<Storage::KoladaUserGroup> UserGroupEdits::create(const QString &title, const std::vector<std::string> &members)
{
    auto group = m_store.createUserGroup(title.toStdString(), members);
    if (!group)
        return group;
    m_undoStack->push(new UserGroupCommand(*this, std::nullopt, *group, tr("Skapa jämförelsegruppen %1").arg(title)));
    emit changed();
    return group;
}

Core::Result<void> UserGroupEdits::change(const Storage::KoladaUserGroup &before, const Storage::KoladaUserGroup &after,
                                          const QString &text)
{
    if (before == after)
        return {};
    if (auto ok = m_store.saveUserGroup(after); !ok)
        return ok;
    m_undoStack->push(new UserGroupCommand(*this, before, after, text));
    emit changed();
    return {};
}

Core::Result<void> UserGroupEdits::rename(std::int64_t id, const QString &title)
{
    auto before = find(id);
    if (!before)
        return std::unexpected(before.error());
    Storage::KoladaUserGroup after = *before;
    after.title = title.trimmed().toStdString();
    return change(*before, after,
                  tr("Byt namn på jämförelsegruppen %1 till %2").arg(QString::fromStdString(before->title), title.trimmed()));
}

Core::Result<void> UserGroupEdits::setMembers(std::int64_t id, const std::vector<std::string> &members)
{
    auto before = find(id);
    if (!before)
        return std::unexpected(before.error());
    Storage::KoladaUserGroup after = *before;
    after.members = members;
    return change(*before, after, tr("Ändra medlemmarna i %1").arg(QString::fromStdString(before->title)));
}

Core::Result<void> UserGroupEdits::remove(std::int64_t id)
{
    auto before = find(id);
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = m_store.deleteUserGroup(id); !ok)
        return ok;
    m_undoStack->push(new UserGroupCommand(*this, *before, std::nullopt,
                                           tr("Ta bort jämförelsegruppen %1").arg(QString::fromStdString(before->title))));
    emit changed();
    return {};
}

} // namespace Tertial::Gui
