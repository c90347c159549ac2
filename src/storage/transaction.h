// SPDX-License-Identifier: GPL-3.0-or-later
// RAII transaction guard: rolls back unless committed, so an early return or an error never half-writes.
#pragma once

#include "core/error.h"

namespace Tertial::Storage {

class Connection;

class Transaction final
{
public:
    // The dialect's write transaction (SQLite: BEGIN IMMEDIATE, taking the write lock up front so
    // two writers fail early, not mid-way).
    static Core::Result<Transaction> begin(Connection &connection);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Core::Result<void> commit();

private:
    explicit Transaction(Connection &connection) : m_connection(&connection) {}
    Connection *m_connection = nullptr; // null once committed or rolled back
};

} // namespace Tertial::Storage
