// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite connection: a thin RAII wrapper over the sqlite3 C API, errors as values.
#pragma once

#include "databasefiles.h"
#include "sqlconnection.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace Tertial::Storage {

class SqliteConnection;

// A prepared statement of the sqlite3 C API.
class SqliteStatement final : public Statement
{
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement() override;

    bool isValid() const { return m_stmt != nullptr; }

    using Statement::bind;
    void bind(int index, std::int64_t value) override;
    void bind(int index, double value) override;
    void bind(int index, std::string_view value) override;
    void bindNull(int index) override;
    void bindUnowned(int index, std::string_view value) override;
    template<typename... Args>
    SqliteStatement &bindAll(const Args &...values)
    {
        Statement::bindAll(values...);
        return *this;
    }

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
    friend class SqliteConnection;
    SqliteStatement(sqlite3_stmt *stmt, sqlite3 *db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
};

class SqliteConnection final : public Connection
{
public:
    // ReadOnly never creates a file: it reads through the -wal and -shm a writer left beside the
    // database (persistent, see keepLogFiles) and, where there are none, opens the file as
    // immutable (no locks, no log). Every other descriptor on a database file is SQLite's own.
    enum class Mode { OpenExisting, Create, ReadOnly };

    SqliteConnection() = default;
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;
    ~SqliteConnection() override;

    static Core::Result<SqliteConnection> open(const std::string &path, Mode mode);

    // Keeps the -wal (emptied) and -shm when the last connection closes, so a reader without
    // write access to the folder finds them and need not create files of its own.
    void keepLogFiles();

    // Set on a connection that must not write: why (Swedish, names the file). A write
    // transaction on it is refused with this text instead of SQLite's "readonly database".
    void setReadOnlyReason(std::string reason) { m_readOnlyReason = std::move(reason); }
    std::string readOnlyReason() const override { return m_readOnlyReason; }

    Engine engine() const override { return Engine::Sqlite; }
    Core::Result<void> exec(std::string_view sql) override;
    Core::Result<std::unique_ptr<Statement>> statement(std::string_view sql) override;
    // The concrete statement, for code that is SQLite's only (opening checks, tests).
    Core::Result<SqliteStatement> prepare(std::string_view sql);
    int changes() const override;
    std::string lastError() const override;
    SqlErrorKind lastErrorKind() const override;
    // SQLite's extended result code of the last call (SQLITE_NOTADB, ...).
    int lastErrorCode() const;
    std::string_view beginWriteSql() const override { return "BEGIN IMMEDIATE"; }
    std::string_view lockRowsSql() const override { return ""; }
    std::string_view lockKeySql() const override { return ""; }
    std::string_view nextRowVersionSql() const override
    {
        return "UPDATE row_version SET value = value + 1 RETURNING value";
    }
    Core::Result<bool> hasTable(std::string_view table) override;
    Core::Result<bool> hasColumn(std::string_view table, std::string_view column) override;
    sqlite3 *handle() const { return m_db; }

private:
    explicit SqliteConnection(sqlite3 *db) : m_db(db) {}
    sqlite3 *m_db = nullptr;
    std::string m_readOnlyReason;
    OpenFileRegistration m_file;
};

} // namespace Tertial::Storage
