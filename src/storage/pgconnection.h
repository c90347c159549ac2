// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL connection over libpq (not Qt's QPSQL: it turns NUMERIC into double, prepares
// through SQL-level PREPARE and says nothing when the connection drops).
#pragma once

#include "sqlconnection.h"

#include <memory>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace Tertial::Storage {

class PgConnection;

// A statement prepared on the server (PQprepare) and run with PQexecPrepared; text parameters
// and results, so numbers round-trip exactly (integers as written, doubles shortest-exact).
class PgStatement final : public Statement
{
public:
    ~PgStatement() override;

    using Statement::bind;
    void bind(int index, std::int64_t value) override;
    void bind(int index, double value) override;
    void bind(int index, std::string_view value) override;
    void bindNull(int index) override;

    Core::Result<bool> step() override;
    void reset() override;

    int columnCount() const override;
    std::string columnName(int column) const override;
    ValueType valueType(int column) const override;
    bool isNull(int column) const override;
    std::int64_t int64(int column) const override;
    double real(int column) const override;
    std::string text(int column) const override;

private:
    friend class PgConnection;
    PgStatement(PgConnection &connection, std::string name, std::string sql, int parameterCount);
    PgConnection *m_connection;
    std::string m_name;
    std::string m_sql; // rewritten, to prepare again after a reconnect
    int m_generation = 0;
    std::vector<std::string> m_values;
    std::vector<bool> m_null;
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
};

// A notification from LISTEN: the channel and its payload.
struct PgNotification final
{
    std::string channel;
    std::string payload;
    int backendPid = 0;
};

class PgConnection final : public Connection
{
public:
    ~PgConnection() override;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Connects with a libpq URI; `password`, when not empty, is added to what the URI and the
    // environment give. A refused password says so (ErrorCode::MissingInput when one is needed).
    static Core::Result<std::unique_ptr<PgConnection>> connect(const std::string &uri, const std::string &password = {});

    Engine engine() const override { return Engine::Postgres; }
    Core::Result<void> exec(std::string_view sql) override;
    Core::Result<std::unique_ptr<Statement>> statement(std::string_view sql) override;
    int changes() const override { return m_changes; }
    std::string lastError() const override { return m_lastError; }
    SqlErrorKind lastErrorKind() const override { return m_lastKind; }
    // READ COMMITTED: row locks (SELECT ... FOR UPDATE) and row versions decide conflicts.
    std::string_view beginWriteSql() const override { return "BEGIN"; }
    std::string_view lockRowsSql() const override { return " FOR UPDATE"; }
    std::string_view lockKeySql() const override { return "SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))"; }
    std::string_view nextRowVersionSql() const override { return "SELECT nextval('row_version')"; }
    Core::Result<bool> hasTable(std::string_view table) override;
    Core::Result<bool> hasColumn(std::string_view table, std::string_view column) override;

    // COPY ... FROM STDIN: `rows` are already in COPY's text format (tab-separated, \N null).
    bool canCopy() const override { return true; }
    Core::Result<void> copyIn(std::string_view copySql, const std::string &rows) override;

    // LISTEN/NOTIFY and liveness, for the workbench's live refresh.
    int socket() const;
    // Reads what has arrived on the socket and hands back the notifications (no waiting).
    Core::Result<std::vector<PgNotification>> notifications();
    // A round trip (SELECT 1); false when the server is gone.
    bool ping();
    // Reconnects after a drop; prepared statements are gone, so callers prepare again.
    bool reconnect();
    bool isOpen() const;

    // The SQLSTATE-derived kind of a result error; used by statements.
    void noteError(pg_result *result);
    void noteSuccess(int changes);
    // The last failure as an error value: Forbidden for row security and privileges, Conflict for
    // a rule the server raised (a locked period), Unavailable when the connection dropped.
    Core::Error lastFailure() const;
    pg_conn *handle() const { return m_conn; }
    // The statements prepared so far are lost (a reconnect): their next step prepares again.
    int generation() const { return m_generation; }

private:
    PgConnection(pg_conn *conn, std::string uri, std::string password)
        : m_conn(conn), m_uri(std::move(uri)), m_password(std::move(password))
    {
    }
    Core::Result<void> prepareNamed(const std::string &name, const std::string &sql, int parameterCount);
    friend class PgStatement;

    pg_conn *m_conn = nullptr;
    int m_changes = 0;
    int m_nextStatement = 0;
    int m_generation = 0;
    std::string m_lastError;
    SqlErrorKind m_lastKind = SqlErrorKind::None;
    std::string m_uri;
    std::string m_password;
};

// Rewrites ?1, ?2, ... as $1, $2, ... outside quotes and comments; returns the highest number.
int rewritePlaceholders(std::string_view sql, std::string &out);

} // namespace Tertial::Storage
