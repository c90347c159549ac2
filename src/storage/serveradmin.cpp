// SPDX-License-Identifier: GPL-3.0-or-later
// server init, grant and revoke.
#include "serveradmin.h"

#include "openstore.h"
#include "pgconnection.h"
#include "pgstore.h"
#include "transaction.h"

#include <libpq-fe.h>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

std::string quotedIdentifier(PgConnection &db, const std::string &name)
{
    char *quoted = PQescapeIdentifier(db.handle(), name.c_str(), name.size());
    std::string result = quoted ? quoted : "\"\"";
    PQfreemem(quoted);
    return result;
}

std::string quotedLiteral(PgConnection &db, const std::string &text)
{
    char *quoted = PQescapeLiteral(db.handle(), text.c_str(), text.size());
    std::string result = quoted ? quoted : "''";
    PQfreemem(quoted);
    return result;
}

Result<void> ensureRole(PgConnection &db, std::string_view name, std::string_view options)
{
    // Roles are the cluster's: `server init` of another database may create the same one meanwhile.
    return db.exec("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + std::string(name) +
                   "') THEN CREATE ROLE " + std::string(name) + " " + std::string(options) +
                   "; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
}

Result<void> checkEveryTableGuarded(PgConnection &db)
{
    auto st = db.statement("SELECT c.relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace "
                           "WHERE s.nspname = 'tertial' AND c.relkind = 'r' AND NOT c.relforcerowsecurity ORDER BY 1");
    if (!st)
        return std::unexpected(st.error());
    std::string unguarded;
    if (auto ok = (*st)->forEach([&](const Statement &row) { unguarded += (unguarded.empty() ? "" : ", ") + row.text(0); }); !ok)
        return ok;
    if (!unguarded.empty())
        return fail(ErrorCode::Storage, "tabeller utan radsäkerhet: " + unguarded +
                                            " (varje ny tabell behöver en rad i guardedTables, se docs/server.md)");
    return {};
}

} // namespace

Result<std::string> serverInit(const std::string &uri)
{
    auto connection = PgConnection::connect(uri);
    if (!connection)
        return std::unexpected(connection.error());
    PgConnection &db = **connection;
    std::string done;
    for (std::string_view role : {std::string_view("tertial_owner"), std::string_view("tertial_controller"),
                                  std::string_view("tertial_secretary"), std::string_view("tertial_analyst"),
                                  std::string_view("tertial_admin")}) {
        if (auto ok = ensureRole(db, role, "NOLOGIN"); !ok)
            return fail(ErrorCode::Storage, "kan inte skapa rollen " + std::string(role) + " (behöver CREATEROLE): " +
                                                ok.error().message);
    }
    // The administrator running this acts as the owner while the tables are made.
    if (auto ok = db.exec("DO $$ BEGIN IF NOT pg_has_role(current_user, 'tertial_owner', 'MEMBER') THEN "
                          "EXECUTE format('GRANT tertial_owner TO %I', current_user); END IF; END $$");
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = db.exec("DO $$ BEGIN EXECUTE format('GRANT CREATE, CONNECT ON DATABASE %I TO tertial_owner, "
                          "tertial_controller, tertial_secretary, tertial_analyst, tertial_admin', current_database()); END $$;"
                          "REVOKE CREATE ON DATABASE " + quotedIdentifier(db, PQdb(db.handle())) +
                          " FROM tertial_controller, tertial_secretary, tertial_analyst, tertial_admin;"
                          "CREATE SCHEMA IF NOT EXISTS tertial AUTHORIZATION tertial_owner;"
                          // psql users find the tables without qualifying them.
                          "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET search_path = tertial, public', "
                          "current_database()); END $$;"
                          "REVOKE ALL ON SCHEMA tertial FROM PUBLIC");
        !ok)
        return std::unexpected(ok.error());
    done += "roller och schema tertial klara\n";
    if (auto ok = db.exec("SET ROLE tertial_owner"); !ok)
        return std::unexpected(ok.error());
    auto exists = db.hasTable("schema_version");
    if (!exists)
        return std::unexpected(exists.error());
    auto store = PgStore::open(std::move(*connection), *exists ? OpenMode::OpenExisting : OpenMode::Create, uri);
    if (!store)
        return std::unexpected(store.error());
    PgConnection &owner = (*store)->pg();
    done += "schemaversion " + std::to_string((*store)->schemaVersion()) + "\n";
    auto transaction = Transaction::begin(owner);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = owner.exec(serverSecuritySql()); !ok)
        return fail(ErrorCode::Storage, "radsäkerheten kunde inte sättas upp: " + ok.error().message);
    if (auto ok = owner.exec(serverTriggerSql()); !ok)
        return fail(ErrorCode::Storage, "servertriggrarna kunde inte skapas: " + ok.error().message);
    if (auto ok = checkEveryTableGuarded(owner); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    done += "radsäkerhet (FORCE) med policyer på " + std::to_string(guardedTables().size()) + " tabeller\n";
    return done;
}

namespace {

Result<std::unique_ptr<PgConnection>> adminConnection(const std::string &uri)
{
    auto connection = PgConnection::connect(uri);
    if (!connection)
        return std::unexpected(connection.error());
    auto exists = (*connection)->hasTable("user_namnd");
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return fail(ErrorCode::NotFound, displayLocation(uri) + ": servern är inte uppsatt (kör tertial-cli server init först)");
    return connection;
}

} // namespace

Result<std::string> serverGrant(const std::string &uri, const ServerGrant &grant)
{
    if (grant.kommun.has_value() != grant.namnd.has_value())
        return fail(ErrorCode::MissingInput, "ange både --kommun och --namnd, eller ingen av dem");
    auto connection = adminConnection(uri);
    if (!connection)
        return std::unexpected(connection.error());
    PgConnection &db = **connection;
    const std::string user = quotedIdentifier(db, grant.user);
    std::string done;
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = db.exec("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = " + quotedLiteral(db, grant.user) +
                          ") THEN CREATE ROLE " + user + " LOGIN; END IF; "
                          // Login roles are the cluster's: a grant in another database (or another
                          // administrator) may create the same one meanwhile, which is no error here.
                          "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
        !ok)
        return fail(ErrorCode::Storage, "kan inte skapa inloggningsrollen " + grant.user + ": " + ok.error().message);
    if (auto ok = db.exec("GRANT " + std::string(serverRoleName(grant.role)) + " TO " + user); !ok)
        return std::unexpected(ok.error());
    done += grant.user + " har rollen " + std::string(serverRoleWord(grant.role)) + "\n";
    if (grant.kommun) {
        auto st = db.statement("INSERT INTO user_namnd (username, kommun, namnd) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
        if (!st)
            return std::unexpected(st.error());
        if (auto ok = (*st)->bindAll(grant.user, *grant.kommun, *grant.namnd).run(); !ok)
            return std::unexpected(ok.error());
        done += grant.user + " arbetar med " + *grant.kommun + " " + *grant.namnd + "\n";
    }
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return done;
}

Result<std::string> serverRevoke(const std::string &uri, const ServerGrant &grant)
{
    if (grant.kommun.has_value() != grant.namnd.has_value())
        return fail(ErrorCode::MissingInput, "ange både --kommun och --namnd, eller ingen av dem");
    auto connection = adminConnection(uri);
    if (!connection)
        return std::unexpected(connection.error());
    PgConnection &db = **connection;
    if (grant.kommun) {
        auto st = db.statement("DELETE FROM user_namnd WHERE username = ?1 AND kommun = ?2 AND namnd = ?3");
        if (!st)
            return std::unexpected(st.error());
        if (auto ok = (*st)->bindAll(grant.user, *grant.kommun, *grant.namnd).run(); !ok)
            return std::unexpected(ok.error());
        if (db.changes() == 0)
            return fail(ErrorCode::NotFound, grant.user + " arbetar inte med " + *grant.kommun + " " + *grant.namnd);
        return grant.user + " arbetar inte längre med " + *grant.kommun + " " + *grant.namnd + "\n";
    }
    if (auto ok = db.exec("REVOKE " + std::string(serverRoleName(grant.role)) + " FROM " + quotedIdentifier(db, grant.user)); !ok)
        return std::unexpected(ok.error());
    return grant.user + " har inte längre rollen " + std::string(serverRoleWord(grant.role)) + "\n";
}

} // namespace Tertial::Storage
