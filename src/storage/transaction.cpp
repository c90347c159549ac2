// SPDX-License-Identifier: GPL-3.0-or-later
// The transaction guard.
#include "transaction.h"

#include "sqlconnection.h"

#include <utility>

namespace Tertial::Storage {

Core::Result<Transaction> Transaction::begin(Connection &connection)
{
    if (const std::string why = connection.readOnlyReason(); !why.empty())
        return Core::fail(Core::ErrorCode::Storage, why);
    if (auto ok = connection.exec(connection.beginWriteSql()); !ok)
        return std::unexpected(ok.error());
    return Transaction(connection);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
{
}

Transaction::~Transaction()
{
    if (m_connection)
        (void)m_connection->exec("ROLLBACK");
}

Core::Result<void> Transaction::commit()
{
    if (!m_connection)
        return Core::fail(Core::ErrorCode::Storage, "transaktionen är redan avslutad");
    auto ok = m_connection->exec("COMMIT");
    if (!ok)
        return ok; // still open: the destructor rolls back
    m_connection = nullptr;
    return {};
}

} // namespace Tertial::Storage
