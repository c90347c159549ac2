// SPDX-License-Identifier: GPL-3.0-or-later
// A thin RAII wrapper over the sqlite3 C API: one connection, prepared statements, errors as values.
#pragma once

#include "databasefiles.h"

#include "core/error.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace Tertial::Storage {

class SqliteConnection;

// A prepared statement; reset and rebound for every row so bulk work compiles the SQL once.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based as in SQL (?1, ?2, ...).
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, double value);
    void bind(int index, std::string_view value);
    void bind(int index, const char *value) { bind(index, std::string_view(value)); }
    void bind(int index, const std::string &value) { bind(index, std::string_view(value)); }
    void bindNull(int index);
    template<typename T>
    void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }
    // Binds ?1, ?2, ... in the order given, each as bind() takes it: one call per statement
    // instead of a bind per parameter.
    template<typename... Args>
    SqliteStatement &bindAll(const Args &...values)
    {
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }
    // Text SQLite does not copy: for bulk work, where the text outlives the next step or reset.
    void bindUnowned(int index, std::string_view value);

    // Steps once: true while a row is available, false when done; an error is a value.
    Core::Result<bool> step();
    // Steps until done (for INSERT/UPDATE/DELETE), then resets for the next use.
    Core::Result<void> run();
    // Steps through every row, handing each to `row`, then resets.
    Core::Result<void> forEach(const std::function<void(const SqliteStatement &)> &row);
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<std::string> optionalText(int column) const;

private:
    friend class SqliteConnection;
    SqliteStatement(sqlite3_stmt *stmt, sqlite3 *db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
};

class SqliteConnection final
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
    ~SqliteConnection();

    static Core::Result<SqliteConnection> open(const std::string &path, Mode mode);

    // Keeps the -wal (emptied) and -shm when the last connection closes, so a reader without
    // write access to the folder finds them and need not create files of its own.
    void keepLogFiles();

    // Set on a connection that must not write: why (Swedish, names the file). A write
    // transaction on it is refused with this text instead of SQLite's "readonly database".
    void setReadOnlyReason(std::string reason) { m_readOnlyReason = std::move(reason); }
    const std::string &readOnlyReason() const { return m_readOnlyReason; }

    Core::Result<void> exec(std::string_view sql);
    Core::Result<SqliteStatement> prepare(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    std::string lastError() const;
    // SQLite's extended result code of the last call (SQLITE_NOTADB, ...).
    int lastErrorCode() const;
    sqlite3 *handle() const { return m_db; }

private:
    explicit SqliteConnection(sqlite3 *db) : m_db(db) {}
    sqlite3 *m_db = nullptr;
    std::string m_readOnlyReason;
    OpenFileRegistration m_file;
};

} // namespace Tertial::Storage
