// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the PostgreSQL store.
#include "pgstore.h"

#include "openstore.h"
#include "serverschema.h"

#include <libpq-fe.h>

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
    if (auto ok = store->migrate(); !ok)
        return std::unexpected(ok.error());
    if (mode == OpenMode::Create) {
        // The audit log's server-named user and commit order, lock checks and notifications
        // hold on every server database, with or without the roles of server init.
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
        "COALESCE((SELECT string_agg(r.rolname, ',' ORDER BY r.rolname) FROM pg_roles r "
        "WHERE r.rolname LIKE 'tertial\\_%' AND r.rolname <> 'tertial_owner' "
        "AND pg_has_role(session_user, r.oid, 'MEMBER')), '')");
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

} // namespace Tertial::Storage
