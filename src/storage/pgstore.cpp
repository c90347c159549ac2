// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the PostgreSQL store.
#include "pgstore.h"

#include "openstore.h"
#include "serverschema.h"

#include <libpq-fe.h>

#include <algorithm>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

PgStore::PgStore(std::unique_ptr<PgConnection> connection, std::string location)
    : SqlStore(std::move(connection), std::move(location))
{
}

PgConnection &PgStore::pg()
{
    return static_cast<PgConnection &>(connection());
}

Result<std::unique_ptr<PgStore>> PgStore::open(const std::string &uri, OpenMode mode, const std::string &password)
{
    auto connection = PgConnection::connect(uri, password);
    if (!connection)
        return std::unexpected(connection.error());
    return open(std::move(*connection), mode, uri);
}

Result<std::unique_ptr<PgStore>> PgStore::open(std::unique_ptr<PgConnection> connection, OpenMode mode, const std::string &uri)
{
    const std::string shown = displayLocation(uri);
    std::unique_ptr<PgStore> store(new PgStore(std::move(connection), shown));
    auto exists = store->connection().hasTable("schema_version");
    if (!exists)
        return std::unexpected(exists.error());
    if (mode == OpenMode::Create) {
        if (*exists)
            return fail(ErrorCode::Conflict, shown + ": databasen har redan ett Tertial-schema");
        if (auto ok = store->connection().exec("CREATE SCHEMA IF NOT EXISTS tertial"); !ok)
            return fail(ErrorCode::Storage, shown + ": kan inte skapa schemat tertial: " + ok.error().message);
    } else if (!*exists) {
        return fail(ErrorCode::NotFound,
                    shown + ": databasen har inget Tertial-schema (skapa det med tertial-cli server init)");
    }
    if (auto ok = store->migrate(); !ok) {
        if (ok.error().code == ErrorCode::Forbidden)
            return fail(ErrorCode::Forbidden, ok.error().message +
                                                  " (databasen behöver uppgraderas: en administratör kör tertial-cli server init)");
        return std::unexpected(ok.error());
    }
    if (mode == OpenMode::Create || store->migratedFrom() < store->schemaVersion()) {
        // The audit log's server-named user and commit order, lock checks, row versions and
        // notifications hold on every server database, with or without the roles of server init;
        // a migration may have brought a table or column they cover.
        if (auto ok = store->connection().exec(serverTriggerSql()); !ok)
            return fail(ErrorCode::Storage, shown + ": servertriggrarna kunde inte skapas: " + ok.error().message);
    }
    if (auto ok = store->readSession(); !ok)
        return std::unexpected(ok.error());
    return store;
}

Result<void> PgStore::readSession()
{
    auto st = connection().statement(
        "SELECT session_user, current_database(), pg_backend_pid(), "
        // A superuser is a member of every role: say so instead of listing them all.
        "CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN 'superuser' ELSE "
        "COALESCE((SELECT string_agg(r.rolname, ',' ORDER BY r.rolname) FROM pg_roles r "
        "WHERE r.rolname IN ('tertial_controller', 'tertial_secretary', 'tertial_analyst', 'tertial_admin') "
        "AND pg_has_role(session_user, r.oid, 'MEMBER')), '') END");
    if (!st)
        return std::unexpected(st.error());
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    const char *host = PQhost(pg().handle());
    const char *port = PQport(pg().handle());
    m_session.server = std::string(host ? host : "") + ":" + (port ? port : "") + "/" + (*st)->text(1);
    m_session.user = (*st)->text(0);
    m_session.backendPid = (*st)->integer(2);
    m_session.roles = (*st)->text(3);
    (*st)->reset();
    m_user = m_session.user;
    return {};
}

Result<void> PgStore::listen()
{
    if (auto ok = pg().exec("LISTEN " + std::string(changeChannel)); !ok)
        return ok;
    m_listening = true;
    return {};
}

int PgStore::socket() const
{
    return static_cast<const PgConnection &>(*m_db).socket();
}

Result<std::vector<StoreChange>> PgStore::takeChanges()
{
    auto arrived = pg().notifications();
    if (!arrived)
        return std::unexpected(arrived.error());
    std::vector<StoreChange> changes;
    for (const PgNotification &n : *arrived) {
        if (n.channel != changeChannel)
            continue;
        // "namnd_id:year"
        const std::size_t colon = n.payload.find(':');
        if (colon == std::string::npos)
            continue;
        StoreChange change;
        try {
            change.namndId = std::stoll(n.payload.substr(0, colon));
            change.year = std::stoi(n.payload.substr(colon + 1));
        } catch (const std::exception &) {
            continue; // not ours
        }
        change.own = n.backendPid == m_session.backendPid;
        if (std::find(changes.begin(), changes.end(), change) == changes.end())
            changes.push_back(change);
    }
    return changes;
}

Result<void> PgStore::ping()
{
    if (auto ok = pg().exec("SELECT 1"); !ok)
        return fail(ErrorCode::Unavailable, ok.error().message);
    return {};
}

Result<void> PgStore::reconnect()
{
    if (!pg().reconnect())
        return fail(ErrorCode::Unavailable, "servern svarar inte: " + pg().lastError());
    if (auto ok = readSession(); !ok)
        return ok;
    if (m_listening)
        return listen();
    return {};
}

} // namespace Tertial::Storage
