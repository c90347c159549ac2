// SPDX-License-Identifier: GPL-3.0-or-later
// Store tests on both engines: SQLite in a temporary file, PostgreSQL in a fresh database of
// the throwaway cluster that scripts/test starts (its maintenance URI in TERTIAL_TEST_PG).
// Without that variable the PostgreSQL cases skip, except under CI, where they fail.
#pragma once

#include "common/tempdir.h"

#include "storage/openstore.h"
#include "storage/pgconnection.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
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

// Everything a database holds, to show a refused write left it as it was: a file's bytes; a
// server database's rows, table by table in a fixed order.
inline std::string snapshot(const std::string &location)
{
    if (!Storage::isServerLocation(location))
        return readBytes(location);
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
