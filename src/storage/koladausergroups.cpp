// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada store's user-defined comparison groups.
#include "koladastore.h"

#include "transaction.h"

#include <algorithm>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace

Result<std::vector<KoladaUserGroup>> KoladaStore::userGroups()
{
    auto st = m_db->statement("SELECT g.id, g.title, m.member_id FROM kolada_user_group g "
                           "LEFT JOIN kolada_user_group_member m ON m.group_id = g.id ORDER BY g.title, g.id, m.ordering");
    if (!st)
        return std::unexpected(st.error());
    std::vector<KoladaUserGroup> result;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const std::int64_t id = (*st)->int64(0);
        if (result.empty() || result.back().id != id)
            result.push_back(KoladaUserGroup{id, (*st)->text(1), {}});
        if (!(*st)->isNull(2))
            result.back().members.push_back((*st)->text(2));
    }
    return result;
}

Result<void> KoladaStore::writeUserGroup(const KoladaUserGroup &group)
{
    const std::string title = trimmed(group.title);
    if (title.empty())
        return fail(ErrorCode::InvalidInput, "egen jämförelsegrupp: namnet får inte vara tomt");
    auto clash = m_db->statement("SELECT COUNT(*) FROM kolada_user_group WHERE title = ?1 AND id <> ?2");
    if (!clash)
        return std::unexpected(clash.error());
    (*clash)->bind(1, title);
    (*clash)->bind(2, group.id);
    if (auto row = (*clash)->step(); !row)
        return std::unexpected(row.error());
    if ((*clash)->integer(0) > 0)
        return fail(ErrorCode::Conflict, "egen jämförelsegrupp: det finns redan en grupp som heter \"" + title + "\"");
    auto upsert = m_db->statement("INSERT INTO kolada_user_group (id, title) VALUES (?1, ?2) "
                               "ON CONFLICT (id) DO UPDATE SET title = excluded.title");
    auto clear = m_db->statement("DELETE FROM kolada_user_group_member WHERE group_id = ?1");
    auto insert = m_db->statement("INSERT INTO kolada_user_group_member (group_id, member_id, ordering) VALUES (?1, ?2, ?3) "
                               "ON CONFLICT (group_id, member_id) DO NOTHING");
    if (!upsert || !clear || !insert)
        return fail(ErrorCode::Storage, "databasfel: " + m_db->lastError());
    (*upsert)->bind(1, group.id);
    (*upsert)->bind(2, title);
    if (auto ok = (*upsert)->run(); !ok)
        return ok;
    (*clear)->bind(1, group.id);
    if (auto ok = (*clear)->run(); !ok)
        return ok;
    int ordering = 0;
    for (const std::string &member : group.members) {
        (*insert)->bind(1, group.id);
        (*insert)->bind(2, member);
        (*insert)->bind(3, ordering++);
        if (auto ok = (*insert)->run(); !ok)
            return ok;
    }
    return {};
}

Result<KoladaUserGroup> KoladaStore::createUserGroup(const std::string &title, const std::vector<std::string> &members)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto next = m_db->statement("SELECT COALESCE(MAX(id), 0) + 1 FROM kolada_user_group");
    if (!next)
        return std::unexpected(next.error());
    if (auto row = (*next)->step(); !row)
        return std::unexpected(row.error());
    // A member named twice is stored once (the member table's key), and so returned once.
    std::vector<std::string> distinct;
    for (const std::string &member : members)
        if (std::find(distinct.begin(), distinct.end(), member) == distinct.end())
            distinct.push_back(member);
    KoladaUserGroup group{(*next)->int64(0), trimmed(title), std::move(distinct)};
    if (auto ok = writeUserGroup(group); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return group;
}

Result<void> KoladaStore::saveUserGroup(const KoladaUserGroup &group)
{
    if (group.id <= 0)
        return fail(ErrorCode::InvalidInput, "egen jämförelsegrupp: saknar id (skapa den med createUserGroup)");
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = writeUserGroup(group); !ok)
        return ok;
    return transaction->commit();
}

Result<void> KoladaStore::deleteUserGroup(std::int64_t id)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    // Members first: ON DELETE CASCADE needs foreign_keys on, which another connection may not have.
    auto members = m_db->statement("DELETE FROM kolada_user_group_member WHERE group_id = ?1");
    auto group = m_db->statement("DELETE FROM kolada_user_group WHERE id = ?1");
    if (!members || !group)
        return fail(ErrorCode::Storage, "databasfel: " + m_db->lastError());
    (*members)->bind(1, id);
    if (auto ok = (*members)->run(); !ok)
        return ok;
    (*group)->bind(1, id);
    if (auto ok = (*group)->run(); !ok)
        return ok;
    if (m_db->changes() == 0)
        return fail(ErrorCode::NotFound, "egen jämförelsegrupp " + std::to_string(id) + " finns inte");
    return transaction->commit();
}

} // namespace Tertial::Storage
