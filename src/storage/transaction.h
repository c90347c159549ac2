// SPDX-License-Identifier: GPL-3.0-or-later
// RAII transaction guard: rolls back unless committed, so an early return or an error never half-writes.
#pragma once

#include "sqlconnection.h"

#include "core/error.h"

#include <chrono>
#include <thread>

namespace Tertial::Storage {

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

// Runs `body` (returning a Core::Result) in one write transaction and commits it. When the
// server says to run the transaction again (a serialization failure or a deadlock, SQLSTATE
// 40001/40P01), it is rolled back and run again, up to `attempts` times, after a short pause
// that grows; any other error rolls back and is returned. The body must start from nothing
// each time (it is called afresh).
template<typename Body>
auto inTransaction(Connection &connection, Body &&body, int attempts = 5) -> decltype(body())
{
    for (int attempt = 1;; ++attempt) {
        SqlErrorKind kind = SqlErrorKind::None;
        {
            auto transaction = Transaction::begin(connection);
            if (!transaction)
                return std::unexpected(transaction.error());
            auto result = body();
            if (result) {
                auto committed = transaction->commit();
                if (committed)
                    return result;
                result = std::unexpected(committed.error());
            }
            kind = connection.lastErrorKind(); // before the guard's ROLLBACK clears it
            if (kind != SqlErrorKind::Serialization || attempt >= attempts)
                return result;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt * attempt));
    }
}

} // namespace Tertial::Storage
