// SPDX-License-Identifier: GPL-3.0-or-later
// The sqlite3 C API behind SqliteConnection and SqliteStatement.
#include "sqliteconnection.h"

#include <sqlite3.h>

#include <filesystem>
#include <utility>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;

namespace {

std::string messageOf(sqlite3 *db)
{
    if (!db)
        return "okänt fel";
    const std::string message = sqlite3_errmsg(db);
    // What the user can act on, in Swedish first; SQLite's own words after, for a bug report.
    switch (sqlite3_errcode(db)) {
    case SQLITE_FULL: return "disken är full; gör plats och försök igen (" + message + ")";
    case SQLITE_IOERR: return "läs- eller skrivfel på disken (" + message + ")";
    default: return message;
    }
}

// A "file:" URI for the path: '%', '?', '#' and bytes outside printable ASCII escaped, so any
// file name survives SQLite's URI parsing.
std::string fileUri(const std::string &path, std::string_view query)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || c == '%' || c == '?' || c == '#') {
            uri += '%';
            uri += hex[byte >> 4];
            uri += hex[byte & 0x0f];
        } else {
            uri += c;
        }
    }
    uri += '?';
    uri += query;
    return uri;
}

} // namespace

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, std::string_view value)
{
    // SQLITE_TRANSIENT: the caller's buffer may be a temporary.
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUnowned(int index, std::string_view value)
{
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Core::Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    std::string message = messageOf(m_db);
    sqlite3_reset(m_stmt);
    return fail(ErrorCode::Storage, "databasfel: " + message);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

std::string SqliteStatement::columnName(int column) const
{
    const char *name = sqlite3_column_name(m_stmt, column);
    return name ? name : "";
}

Statement::ValueType SqliteStatement::valueType(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return ValueType::Integer;
    case SQLITE_FLOAT: return ValueType::Real;
    case SQLITE_NULL: return ValueType::Null;
    default: return ValueType::Text;
    }
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_readOnlyReason(std::move(other.m_readOnlyReason)),
      m_file(std::move(other.m_file))
{
}

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_readOnlyReason = std::move(other.m_readOnlyReason);
        m_file = std::move(other.m_file);
    }
    return *this;
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

Core::Result<SqliteConnection> SqliteConnection::open(const std::string &path, Mode mode)
{
    sqlite3 *db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    std::string name = path;
    if (mode == Mode::Create)
        flags |= SQLITE_OPEN_CREATE;
    if (mode == Mode::ReadOnly) {
        // SQLite would create a -wal and a -shm for a reader of a WAL database, owned by this
        // user, and the owner could then not write. So: the writer's files where they are
        // (readonly_shm: never create the -shm), else the file alone, read as it is.
        std::error_code ec;
        const bool logs = std::filesystem::exists(path + "-wal", ec) && std::filesystem::exists(path + "-shm", ec);
        name = fileUri(path, logs ? "mode=ro&readonly_shm=1" : "mode=ro&immutable=1");
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    }
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = messageOf(db);
        sqlite3_close_v2(db);
        if (mode != Mode::Create && rc == SQLITE_CANTOPEN)
            return fail(ErrorCode::NotFound, path + ": databasen finns inte eller kan inte öppnas");
        return fail(ErrorCode::Storage, path + ": kan inte öppna databasen (" + message + ")");
    }
    sqlite3_extended_result_codes(db, 1);
    // Another process (the GUI, an import) may hold a write lock for a moment.
    sqlite3_busy_timeout(db, 5000);
    SqliteConnection connection(db);
    connection.m_file = OpenFileRegistration(path);
    return connection;
}

void SqliteConnection::keepLogFiles()
{
    int persist = 1;
    sqlite3_file_control(m_db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
}

Core::Result<void> SqliteConnection::exec(std::string_view sql)
{
    char *error = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : messageOf(m_db);
        sqlite3_free(error);
        return fail(ErrorCode::Storage, "databasfel: " + message);
    }
    return {};
}

Core::Result<std::unique_ptr<Statement>> SqliteConnection::statement(std::string_view sql)
{
    auto prepared = prepare(sql);
    if (!prepared)
        return std::unexpected(prepared.error());
    return std::make_unique<SqliteStatement>(std::move(*prepared));
}

Core::Result<SqliteStatement> SqliteConnection::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Storage, "databasfel: " + messageOf(m_db));
    return SqliteStatement(stmt, m_db);
}

int SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

std::string SqliteConnection::lastError() const
{
    return messageOf(m_db);
}

int SqliteConnection::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
}

SqlErrorKind SqliteConnection::lastErrorKind() const
{
    switch (sqlite3_extended_errcode(m_db)) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE: return SqlErrorKind::None;
    case SQLITE_CONSTRAINT_FOREIGNKEY: return SqlErrorKind::ForeignKey;
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY: return SqlErrorKind::Unique;
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL: return SqlErrorKind::Check;
    case SQLITE_BUSY:
    case SQLITE_BUSY_SNAPSHOT:
    case SQLITE_LOCKED: return SqlErrorKind::Busy;
    default: return SqlErrorKind::Other;
    }
}

Core::Result<bool> SqliteConnection::hasTable(std::string_view table)
{
    auto st = prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, table);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return st->int64(0) > 0;
}

Core::Result<bool> SqliteConnection::hasColumn(std::string_view table, std::string_view column)
{
    auto st = prepare("SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2");
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(table, column);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return st->int64(0) > 0;
}

} // namespace Tertial::Storage
