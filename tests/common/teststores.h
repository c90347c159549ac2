// SPDX-License-Identifier: GPL-3.0-or-later
// Store tests on both engines: SQLite in a temporary file, PostgreSQL in a fresh database of
// the throwaway cluster that scripts/test starts (its maintenance URI in TERTIAL_TEST_PG).
// Without that variable the PostgreSQL cases skip, except under CI, where they fail.
#pragma once

#include "common/databasedump.h"
#include "common/tempdir.h"

#include "storage/openstore.h"
#include "storage/pgconnection.h"
#include "storage/schema.h"
#include "storage/sqliteconnection.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <regex>
#include <string>
#include <unistd.h>

namespace Tertial::TestUtil {

inline const char *engineName(Storage::Engine engine)
{
    return engine == Storage::Engine::Sqlite ? "Sqlite" : "Postgres";
}

inline std::string engineParamName(const ::testing::TestParamInfo<Storage::Engine> &info)
{
    return engineName(info.param);
}

// The cluster's maintenance URI, or empty.
inline std::string testServer()
{
    const char *url = std::getenv("TERTIAL_TEST_PG");
    return url ? url : "";
}

// The same server URI naming another database (and user, when given).
inline std::string withDatabase(const std::string &uri, const std::string &database, const std::string &user = {})
{
    std::string result = std::regex_replace(uri, std::regex("^(postgres(ql)?://[^/]*)/[^?]*"), "$1/" + database);
    if (!user.empty())
        result = std::regex_replace(result, std::regex("([?&])user=[^&]*"), "$1user=" + user);
    return result;
}

// A new, empty database on the test server, dropped again with the object.
class ServerDatabase final
{
public:
    ServerDatabase()
    {
        static std::atomic<int> counter{0};
        m_name = "tertial_t" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
        auto admin = Storage::PgConnection::connect(testServer());
        if (!admin) {
            m_error = admin.error().message;
            return;
        }
        // The test role: the audit log names it, as it names "controller" in the SQLite cases.
        (void)(*admin)->exec("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'controller') THEN "
                             "CREATE ROLE controller LOGIN SUPERUSER; END IF; END $$");
        if (auto ok = (*admin)->exec("CREATE DATABASE " + m_name); !ok)
            m_error = ok.error().message;
    }
    ~ServerDatabase()
    {
        if (m_error.empty())
            if (auto admin = Storage::PgConnection::connect(testServer()))
                (void)(*admin)->exec("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    const std::string &error() const { return m_error; }
    const std::string &name() const { return m_name; }
    // The URI as `user` (the superuser "controller" unless told).
    std::string uri(const std::string &user = "controller") const { return withDatabase(testServer(), m_name, user); }
    // A login role on the test server that may do anything (the store tests are not about the
    // roles): the audit log names it, as setUser() names the user on SQLite.
    static void ensureSuperuser(const std::string &user)
    {
        auto admin = Storage::PgConnection::connect(testServer());
        if (!admin)
            return;
        // Two test programs may create it at once: the loser's error is harmless.
        (void)(*admin)->exec("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + user +
                             "') THEN CREATE ROLE " + user + " LOGIN SUPERUSER; END IF; END $$");
    }

private:
    std::string m_name;
    std::string m_error;
};

// Where a test's store lives on one engine: a file in a temporary folder or a server database.
class TestLocation final
{
public:
    explicit TestLocation(Storage::Engine engine) : m_engine(engine)
    {
        if (engine == Storage::Engine::Postgres && !testServer().empty())
            m_server = std::make_unique<ServerDatabase>();
    }
    // Call first in SetUp: skips (fails under CI) when the engine cannot be had here.
    bool available() const
    {
        if (m_engine == Storage::Engine::Sqlite)
            return true;
        return m_server && m_server->error().empty();
    }
    std::string unavailableReason() const
    {
        if (!m_server)
            return "TERTIAL_TEST_PG är inte satt (scripts/test startar en testserver)";
        return m_server->error();
    }
    std::string location() const { return m_server ? m_server->uri() : m_dir.file("test.tertial"); }
    // Another client of the same database, as `user` (the audit log's name for it).
    Core::Result<std::unique_ptr<Storage::SqlStore>> openAs(const std::string &user) const
    {
        if (m_server)
            ServerDatabase::ensureSuperuser(user);
        auto store = Storage::openStore(m_server ? m_server->uri(user) : location());
        if (store)
            (*store)->setUser(user);
        return store;
    }
    const TempDir &dir() const { return m_dir; }
    ServerDatabase *server() const { return m_server.get(); }

private:
    Storage::Engine m_engine;
    TempDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
};

// In SetUp of a TEST_P over engines.
#define TERTIAL_REQUIRE_ENGINE(location)                                                                 \
    do {                                                                                                  \
        if (!(location).available()) {                                                                    \
            if (std::getenv("CI"))                                                                        \
                FAIL() << "PostgreSQL-testerna måste köras i CI: " << (location).unavailableReason();     \
            GTEST_SKIP() << (location).unavailableReason();                                               \
        }                                                                                                 \
    } while (false)

// An audit time: the fixed clock on SQLite; the server's own clock (UTC ISO 8601) on PostgreSQL.
inline bool auditTimeMatches(Storage::Engine engine, const std::string &at, const std::string &expected)
{
    if (engine == Storage::Engine::Sqlite)
        return at == expected;
    return std::regex_match(at, std::regex("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
}

} // namespace Tertial::TestUtil

namespace Tertial::TestUtil {

// Everything a database holds, to show a refused write left it as it was: a file's tables and
// rows read through SQLite (its bytes cannot be read while the store has it open: a descriptor
// of ours would drop SQLite's locks, see storage/databasefiles.h); a server database's rows,
// table by table in a fixed order.
inline std::string snapshot(const std::string &location)
{
    if (!Storage::isServerLocation(location))
        return databaseDump(location);
    auto db = Storage::PgConnection::connect(location);
    if (!db)
        return "error: " + db.error().message;
    auto tables = (*db)->statement("SELECT c.relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace "
                                   "WHERE s.nspname = 'tertial' AND c.relkind = 'r' ORDER BY 1");
    if (!tables)
        return "error: " + tables.error().message;
    std::vector<std::string> names;
    (void)(*tables)->forEach([&](const Storage::Statement &row) { names.push_back(row.text(0)); });
    std::string all;
    for (const std::string &name : names) {
        auto rows = (*db)->statement("SELECT COALESCE(string_agg(x::text, E'\\n' ORDER BY x::text), '') FROM " + name + " x");
        if (!rows)
            return "error: " + rows.error().message;
        if ((*rows)->step().value_or(false))
            all += "== " + name + "\n" + (*rows)->text(0) + "\n";
    }
    return all;
}

} // namespace Tertial::TestUtil

namespace Tertial::TestUtil {

// Runs SQL on a database as it is, outside the store: a file (created when missing) or a
// server database (in the schema tertial, which the connection puts first on its search path).
inline void execute(const std::string &location, const std::string &sql)
{
    if (Storage::isServerLocation(location)) {
        auto db = Storage::PgConnection::connect(location);
        ASSERT_TRUE(db.has_value()) << db.error().message;
        auto ok = (*db)->exec(sql);
        ASSERT_TRUE(ok.has_value()) << ok.error().message;
        return;
    }
    auto connection = Storage::SqliteConnection::open(location, Storage::SqliteConnection::Mode::Create);
    ASSERT_TRUE(connection.has_value()) << connection.error().message;
    auto ok = connection->exec(sql);
    ASSERT_TRUE(ok.has_value()) << ok.error().message;
}

#ifdef TERTIAL_FIXTURES_DIR
// A database at schema version 1 with the fixture's rows (tests/fixtures/schema_v1.sql, as the
// first release wrote it). On the server the version-1 tables come from step 1 of the
// migrations in PostgreSQL's dialect, and the fixture's rows go in as written.
inline void writeVersion1(const std::string &location)
{
    std::ifstream script(std::string(TERTIAL_FIXTURES_DIR) + "/schema_v1.sql");
    ASSERT_TRUE(script.good());
    const std::string sql{std::istreambuf_iterator<char>(script), std::istreambuf_iterator<char>()};
    if (!Storage::isServerLocation(location)) {
        execute(location, sql);
        return;
    }
    const std::size_t rows = sql.find("INSERT INTO kommun");
    const std::size_t end = sql.rfind("COMMIT;");
    ASSERT_NE(rows, std::string::npos);
    execute(location, "CREATE SCHEMA tertial; SET search_path TO tertial; " +
                          Storage::migrationSql(1, Storage::Engine::Postgres) + "UPDATE schema_version SET version = 1;" +
                          sql.substr(rows, end - rows));
}
#endif

} // namespace Tertial::TestUtil
