// SPDX-License-Identifier: GPL-3.0-or-later
// The shared PostgreSQL store: the same rules as SQLite's over a libpq connection; the server
// decides who may read and write what (row security, see serveradmin.h) and names the audit user.
#pragma once

#include "pgconnection.h"
#include "sqlstore.h"

#include <memory>
#include <string>

namespace Tertial::Storage {

enum class OpenMode;

class PgStore final : public SqlStore, public ChangeFeed
{
public:
    // Who is connected where, for the status bar.
    struct Session
    {
        std::string server;   // host:port/database
        std::string user;     // session_user
        std::string roles;    // the Tertial group roles the user holds, comma-separated
        int backendPid = 0;
    };

    static Core::Result<std::unique_ptr<PgStore>> open(const std::string &uri, OpenMode mode,
                                                       const std::string &password = {});
    // On a connection already made (server init runs as the owner role).
    static Core::Result<std::unique_ptr<PgStore>> open(std::unique_ptr<PgConnection> connection, OpenMode mode,
                                                       const std::string &uri);

    // The audit user is the server's session_user, whatever the client says.
    void setUser(std::string) override {}

    PgConnection &pg();
    const Session &session() const { return m_session; }

    ChangeFeed *changeFeed() override { return this; }
    Core::Result<void> listen() override;
    int socket() const override;
    Core::Result<std::vector<StoreChange>> takeChanges() override;
    Core::Result<void> ping() override;
    Core::Result<void> reconnect() override;

private:
    PgStore(std::unique_ptr<PgConnection> connection, std::string location);
    Core::Result<void> readSession();

    Session m_session;
    bool m_listening = false;
};

} // namespace Tertial::Storage
