// SPDX-License-Identifier: GPL-3.0-or-later
// One SQL connection, whichever the engine: the store's rules are written once over this and a
// few dialect answers (how to begin a write, what a failed constraint was, which tables exist).
#pragma once

#include "core/error.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace Tertial::Storage {

enum class Engine { Sqlite, Postgres };

// What the last failed statement ran into, in the engine's own codes mapped to one list
// (SQLite's extended result codes; PostgreSQL's SQLSTATE).
enum class SqlErrorKind {
    None,
    ForeignKey,     // 23503 / SQLITE_CONSTRAINT_FOREIGNKEY
    Unique,         // 23505 / SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
    Check,          // 23514 / SQLITE_CONSTRAINT_CHECK, 23502 not null
    Serialization,  // 40001, 40P01: run the transaction again
    Busy,           // SQLITE_BUSY: another writer holds the lock
    Permission,     // 42501: the server's row security or grants refused it
    Raised,         // P0001: a rule the server enforces (a locked period) raised it
    ConnectionLost, // the server went away
    Other,
};

// A prepared statement with ?1, ?2, ... parameters (rewritten to $1, $2, ... for PostgreSQL),
// reset and rebound for every row so bulk work compiles the SQL once.
class Statement
{
public:
    virtual ~Statement() = default;

    // Parameters are 1-based as in SQL (?1, ?2, ...). A statement ignores parameters beyond its own.
    virtual void bind(int index, std::int64_t value) = 0;
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    virtual void bind(int index, double value) = 0;
    virtual void bind(int index, std::string_view value) = 0;
    void bind(int index, const char *value) { bind(index, std::string_view(value)); }
    void bind(int index, const std::string &value) { bind(index, std::string_view(value)); }
    virtual void bindNull(int index) = 0;
    template<typename T>
    void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }
    // Binds ?1, ?2, ... in the order given, each as bind() takes it.
    template<typename... Args>
    Statement &bindAll(const Args &...values)
    {
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }
    // Text the engine need not copy: for bulk work, where the text outlives the next step or reset.
    virtual void bindUnowned(int index, std::string_view value) { bind(index, value); }

    // Steps once: true while a row is available, false when done; an error is a value.
    virtual Core::Result<bool> step() = 0;
    // Steps until done (for INSERT/UPDATE/DELETE), then resets for the next use.
    Core::Result<void> run();
    // Steps through every row, handing each to `row`, then resets.
    Core::Result<void> forEach(const std::function<void(const Statement &)> &row);
    // Ready to run again; the bindings are cleared.
    virtual void reset() = 0;

    // The row's shape, for code that copies whole tables (tertial-cli copy).
    enum class ValueType { Null, Integer, Real, Text };
    virtual int columnCount() const = 0;
    virtual std::string columnName(int column) const = 0;
    virtual ValueType valueType(int column) const = 0;

    virtual bool isNull(int column) const = 0;
    virtual std::int64_t int64(int column) const = 0;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    virtual double real(int column) const = 0;
    virtual std::string text(int column) const = 0;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<std::string> optionalText(int column) const;
};

class Connection
{
public:
    virtual ~Connection() = default;

    virtual Engine engine() const = 0;
    // Runs one or more statements without parameters.
    virtual Core::Result<void> exec(std::string_view sql) = 0;
    virtual Core::Result<std::unique_ptr<Statement>> statement(std::string_view sql) = 0;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    virtual int changes() const = 0;
    virtual std::string lastError() const = 0;
    // What the last failure was; None after a success.
    virtual SqlErrorKind lastErrorKind() const = 0;

    // Dialect: the statement that opens a write transaction. SQLite takes the write lock up
    // front (BEGIN IMMEDIATE) so two writers fail early; PostgreSQL runs READ COMMITTED with row
    // locks and row versions deciding conflicts.
    virtual std::string_view beginWriteSql() const = 0;
    // Appended to a SELECT of rows a write is about to change: PostgreSQL locks them (FOR UPDATE)
    // so the value read is the value replaced; SQLite's write lock already covers the database.
    virtual std::string_view lockRowsSql() const = 0;
    // Locks a key that has no row yet until the transaction ends (?1: the key as text), so two
    // writers adding the same register row take turns; empty where the write lock covers it.
    virtual std::string_view lockKeySql() const = 0;
    // One row, one column: a row version no earlier write of the database used (schema step 9).
    virtual std::string_view nextRowVersionSql() const = 0;
    // Bulk load (PostgreSQL's COPY ... FROM STDIN): `rows` in COPY's text format (tab-separated,
    // \N for null, backslash escapes). Engines without it say Unsupported; SQLite's prepared
    // inserts are as fast.
    virtual bool canCopy() const { return false; }
    virtual Core::Result<void> copyIn(std::string_view copySql, const std::string &rows);
    // Catalog: whether a table (and a column of it) exists.
    virtual Core::Result<bool> hasTable(std::string_view table) = 0;
    virtual Core::Result<bool> hasColumn(std::string_view table, std::string_view column) = 0;
    // Why this connection may not write (Swedish, names the file), or nothing: a write
    // transaction on it is then refused with this text (Transaction::begin).
    virtual std::string readOnlyReason() const { return {}; }
};

} // namespace Tertial::Storage
