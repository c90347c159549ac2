// SPDX-License-Identifier: GPL-3.0-or-later
// libpq behind PgConnection and PgStatement.
#include "pgconnection.h"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;

namespace {

SqlErrorKind kindOf(const char *sqlState)
{
    if (!sqlState)
        return SqlErrorKind::ConnectionLost;
    const std::string_view state(sqlState);
    if (state == "23503")
        return SqlErrorKind::ForeignKey;
    if (state == "23505")
        return SqlErrorKind::Unique;
    if (state == "23514" || state == "23502")
        return SqlErrorKind::Check;
    if (state == "40001" || state == "40P01")
        return SqlErrorKind::Serialization;
    if (state == "42501")
        return SqlErrorKind::Permission;
    if (state == "P0001")
        return SqlErrorKind::Raised;
    if (state.starts_with("08") || state == "57P01")
        return SqlErrorKind::ConnectionLost;
    return SqlErrorKind::Other;
}

Core::ErrorCode codeOf(SqlErrorKind kind)
{
    switch (kind) {
    case SqlErrorKind::Permission: return ErrorCode::Forbidden;
    case SqlErrorKind::Raised: return ErrorCode::Conflict;
    case SqlErrorKind::ConnectionLost: return ErrorCode::Unavailable;
    default: return ErrorCode::Storage;
    }
}

std::string trimmedMessage(const char *message)
{
    std::string text = message ? message : "okänt fel";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

} // namespace

int rewritePlaceholders(std::string_view sql, std::string &out)
{
    out.clear();
    out.reserve(sql.size());
    int highest = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            const std::size_t end = sql.find(c, i + 1);
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
            continue;
        }
        if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const std::size_t end = sql.find('\n', i);
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
            continue;
        }
        if (c == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
            std::size_t j = i + 1;
            int number = 0;
            while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
                number = number * 10 + (sql[j++] - '0');
            highest = std::max(highest, number);
            out += '$';
            out.append(sql.substr(i + 1, j - i - 1));
            i = j - 1;
            continue;
        }
        out += c;
    }
    return highest;
}

PgStatement::PgStatement(PgConnection &connection, std::string name, std::string sql, int parameterCount)
    : m_connection(&connection), m_name(std::move(name)), m_sql(std::move(sql)), m_generation(connection.generation()),
      m_values(static_cast<std::size_t>(parameterCount)), m_null(static_cast<std::size_t>(parameterCount), true)
{
}

PgStatement::~PgStatement()
{
    PQclear(m_result);
}

void PgStatement::bind(int index, std::int64_t value)
{
    if (index < 1 || index > static_cast<int>(m_values.size()))
        return;
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_values[index - 1].assign(buffer, end);
    m_null[index - 1] = false;
}

void PgStatement::bind(int index, double value)
{
    if (index < 1 || index > static_cast<int>(m_values.size()))
        return;
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value); // shortest form that reads back exactly
    m_values[index - 1].assign(buffer, end);
    m_null[index - 1] = false;
}

void PgStatement::bind(int index, std::string_view value)
{
    if (index < 1 || index > static_cast<int>(m_values.size()))
        return;
    m_values[index - 1].assign(value);
    m_null[index - 1] = false;
}

void PgStatement::bindNull(int index)
{
    if (index < 1 || index > static_cast<int>(m_values.size()))
        return;
    m_null[index - 1] = true;
}

Core::Result<bool> PgStatement::step()
{
    if (!m_result) {
        if (m_generation != m_connection->generation()) {
            if (auto ok = m_connection->prepareNamed(m_name, m_sql, static_cast<int>(m_values.size())); !ok)
                return std::unexpected(ok.error());
            m_generation = m_connection->generation();
        }
        std::vector<const char *> values(m_values.size());
        for (std::size_t i = 0; i < m_values.size(); ++i)
            values[i] = m_null[i] ? nullptr : m_values[i].c_str();
        PGresult *result = PQexecPrepared(m_connection->handle(), m_name.c_str(), static_cast<int>(values.size()),
                                          values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            m_connection->noteError(result);
            PQclear(result);
            return std::unexpected(m_connection->lastFailure());
        }
        const char *tuples = PQcmdTuples(result);
        m_connection->noteSuccess(tuples && *tuples ? std::atoi(tuples) : 0);
        m_result = result;
        m_rows = PQntuples(result);
        m_row = -1;
    }
    ++m_row;
    return m_row < m_rows;
}

void PgStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
    std::fill(m_null.begin(), m_null.end(), true);
}

int PgStatement::columnCount() const
{
    return m_result ? PQnfields(m_result) : 0;
}

std::string PgStatement::columnName(int column) const
{
    const char *name = m_result ? PQfname(m_result, column) : nullptr;
    return name ? name : "";
}

Statement::ValueType PgStatement::valueType(int column) const
{
    if (isNull(column))
        return ValueType::Null;
    switch (PQftype(m_result, column)) {
    case 20: // int8
    case 21: // int2
    case 23: // int4
    case 16: // bool
        return ValueType::Integer;
    case 700: // float4
    case 701: // float8
    case 1700: // numeric
        return ValueType::Real;
    default: return ValueType::Text;
    }
}

bool PgStatement::isNull(int column) const
{
    return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column);
}

std::int64_t PgStatement::int64(int column) const
{
    if (isNull(column))
        return 0;
    const char *value = PQgetvalue(m_result, m_row, column);
    const int length = PQgetlength(m_result, m_row, column);
    std::int64_t number = 0;
    if (length > 0 && (value[0] == 't' || value[0] == 'f')) // a boolean column
        return value[0] == 't' ? 1 : 0;
    std::from_chars(value, value + length, number);
    return number;
}

double PgStatement::real(int column) const
{
    if (isNull(column))
        return 0.0;
    const char *value = PQgetvalue(m_result, m_row, column);
    const int length = PQgetlength(m_result, m_row, column);
    double number = 0.0;
    std::from_chars(value, value + length, number);
    return number;
}

std::string PgStatement::text(int column) const
{
    if (isNull(column))
        return {};
    return std::string(PQgetvalue(m_result, m_row, column), static_cast<std::size_t>(PQgetlength(m_result, m_row, column)));
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Core::Result<std::unique_ptr<PgConnection>> PgConnection::connect(const std::string &uri, const std::string &password)
{
    // expand_dbname: the URI in "dbname" is read as a whole connection string, and the other
    // keywords (a password typed in the prompt) are added to it.
    // Defaults first, so the URI's own values override them: a dead server or network is noticed
    // within seconds (the heartbeat's round trip must not hang the workbench for minutes), not
    // after TCP's own timeouts. They do not apply to a Unix socket, which fails at once anyway.
    std::vector<const char *> keys{"connect_timeout", "keepalives_idle", "keepalives_interval", "keepalives_count",
                                   "tcp_user_timeout", "dbname", "fallback_application_name"};
    std::vector<const char *> values{"10", "10", "5", "3", "15000", uri.c_str(), "tertial"};
    if (!password.empty()) {
        keys.push_back("password");
        values.push_back(password.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!conn)
        return fail(ErrorCode::Unavailable, "servern: libpq kunde inte starta en anslutning");
    if (PQstatus(conn) != CONNECTION_OK) {
        const std::string message = trimmedMessage(PQerrorMessage(conn));
        // None found, or the one given (or found by libpq) was refused: ask for one.
        const bool needsPassword = PQconnectionNeedsPassword(conn) != 0 || PQconnectionUsedPassword(conn) != 0;
        PQfinish(conn);
        if (needsPassword)
            return fail(ErrorCode::MissingInput, "servern vill ha ett lösenord: " + message);
        return fail(ErrorCode::Unavailable, "kan inte ansluta till servern: " + message);
    }
    std::unique_ptr<PgConnection> connection(new PgConnection(conn, uri, password));
    // Tertial's tables live in the schema "tertial" (server init), the rest of the search path
    // only for what the server provides; timestamps in UTC for the audit log.
    if (auto ok = connection->exec("SET search_path TO tertial, public; SET TIME ZONE 'UTC'; "
                                   "SET client_min_messages TO warning");
        !ok)
        return std::unexpected(ok.error());
    return connection;
}

void PgConnection::noteError(pg_result *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    if (PQstatus(m_conn) != CONNECTION_OK)
        state = nullptr;
    m_lastKind = kindOf(state);
    // The primary message alone ("perioden är låst; ..."), without "ERROR:" and the PL/pgSQL context.
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    m_lastError = trimmedMessage(primary ? primary : result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
    if (m_lastError.empty())
        m_lastError = trimmedMessage(PQerrorMessage(m_conn));
    if (m_lastKind == SqlErrorKind::ConnectionLost)
        m_lastError = "anslutningen till servern bröts (" + m_lastError + ")";
}

Core::Error PgConnection::lastFailure() const
{
    switch (m_lastKind) {
    case SqlErrorKind::Permission:
        // Row security refused a row, or the role lacks the privilege: the user's roles, not the data.
        return Core::Error{ErrorCode::Forbidden, "servern tillåter det inte för din roll (" + m_lastError + ")"};
    case SqlErrorKind::Raised: return Core::Error{ErrorCode::Conflict, m_lastError};
    default: return Core::Error{codeOf(m_lastKind), "databasfel: " + m_lastError};
    }
}

void PgConnection::noteSuccess(int changes)
{
    m_changes = changes;
    m_lastKind = SqlErrorKind::None;
}

Core::Result<void> PgConnection::exec(std::string_view sql)
{
    const std::string text(sql);
    PGresult *result = PQexec(m_conn, text.c_str());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
        noteError(result);
        PQclear(result);
        return std::unexpected(lastFailure());
    }
    const char *tuples = PQcmdTuples(result);
    noteSuccess(tuples && *tuples ? std::atoi(tuples) : 0);
    PQclear(result);
    return {};
}

Core::Result<void> PgConnection::prepareNamed(const std::string &name, const std::string &sql, int parameterCount)
{
    PGresult *result = PQprepare(m_conn, name.c_str(), sql.c_str(), parameterCount, nullptr);
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        noteError(result);
        PQclear(result);
        return std::unexpected(lastFailure());
    }
    PQclear(result);
    return {};
}

Core::Result<std::unique_ptr<Statement>> PgConnection::statement(std::string_view sql)
{
    std::string rewritten;
    const int parameters = rewritePlaceholders(sql, rewritten);
    std::string name = "tertial_" + std::to_string(++m_nextStatement);
    if (auto ok = prepareNamed(name, rewritten, parameters); !ok)
        return std::unexpected(ok.error());
    return std::unique_ptr<Statement>(new PgStatement(*this, std::move(name), std::move(rewritten), parameters));
}

Core::Result<bool> PgConnection::hasTable(std::string_view table)
{
    auto st = statement("SELECT to_regclass(?1) IS NOT NULL");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, table);
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    return (*st)->int64(0) != 0;
}

Core::Result<bool> PgConnection::hasColumn(std::string_view table, std::string_view column)
{
    auto st = statement("SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass(?1) AND attname = ?2 "
                        "AND NOT attisdropped");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bindAll(table, column);
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    return (*st)->int64(0) > 0;
}

Core::Result<void> PgConnection::copyIn(std::string_view copySql, const std::string &rows)
{
    const std::string sql(copySql);
    PGresult *start = PQexec(m_conn, sql.c_str());
    if (PQresultStatus(start) != PGRES_COPY_IN) {
        noteError(start);
        PQclear(start);
        return std::unexpected(lastFailure());
    }
    PQclear(start);
    // In pieces of a megabyte: libpq takes an int, and the server starts on the first while the
    // rest is still being sent.
    constexpr std::size_t piece = 1 << 20;
    bool sent = true;
    for (std::size_t at = 0; sent && at < rows.size(); at += piece)
        sent = PQputCopyData(m_conn, rows.data() + at, static_cast<int>(std::min(piece, rows.size() - at))) == 1;
    if (!sent || PQputCopyEnd(m_conn, nullptr) != 1) {
        m_lastKind = SqlErrorKind::ConnectionLost;
        m_lastError = trimmedMessage(PQerrorMessage(m_conn));
        return fail(ErrorCode::Storage, "databasfel: " + m_lastError);
    }
    bool failed = false;
    while (PGresult *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failed) {
            noteError(result);
            failed = true;
        }
        PQclear(result);
    }
    if (failed)
        return std::unexpected(lastFailure());
    noteSuccess(0);
    return {};
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

Core::Result<std::vector<PgNotification>> PgConnection::notifications()
{
    if (PQconsumeInput(m_conn) == 0) {
        m_lastKind = SqlErrorKind::ConnectionLost;
        m_lastError = "anslutningen till servern bröts (" + trimmedMessage(PQerrorMessage(m_conn)) + ")";
        return fail(ErrorCode::Storage, m_lastError);
    }
    std::vector<PgNotification> result;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        result.push_back(PgNotification{notify->relname, notify->extra ? notify->extra : "", notify->be_pid});
        PQfreemem(notify);
    }
    return result;
}

bool PgConnection::ping()
{
    return exec("SELECT 1").has_value() && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::isOpen() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::reconnect()
{
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_lastKind = SqlErrorKind::ConnectionLost;
        m_lastError = trimmedMessage(PQerrorMessage(m_conn));
        return false;
    }
    ++m_generation;
    return exec("SET search_path TO tertial, public; SET TIME ZONE 'UTC'; SET client_min_messages TO warning").has_value();
}

} // namespace Tertial::Storage
