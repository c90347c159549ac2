// SPDX-License-Identifier: GPL-3.0-or-later
// RAII transaction guard: rolls back unless committed, so an early return or an error never half-writes.
#pragma once

#include "core/error.h"

namespace Tertial::Storage {

class SqliteConnection;

class Transaction final
{
public:
    // BEGIN IMMEDIATE: take the write lock up front so two writers fail early, not mid-way.
    static Core::Result<Transaction> begin(SqliteConnection &connection);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Core::Result<void> commit();

private:
    explicit Transaction(SqliteConnection &connection) : m_connection(&connection) {}
    SqliteConnection *m_connection = nullptr; // null once committed or rolled back
};

} // namespace Tertial::Storage
