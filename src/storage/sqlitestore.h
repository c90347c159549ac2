// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded SQLite store: one database file per workbench, WAL, foreign keys, checked on open.
#pragma once

#include "sqliteconnection.h"
#include "sqlstore.h"

#include <cstdint>
#include <memory>

namespace Tertial::Storage {

class SqliteStore final : public SqlStore
{
public:
    struct OpenOptions
    {
        // PRAGMA quick_check on open. It reads every page (seconds on an all-of-Sweden database),
        // so a large file gets it only after an unclean shutdown (a non-empty -wal file is left);
        // the header, application id and schema version are checked on every open regardless.
        bool checkIntegrity = true;
        std::uintmax_t fullCheckMaxBytes = 64u * 1024u * 1024u;
    };

    // A new, empty database at the current schema; refuses an existing file.
    static Core::Result<std::unique_ptr<SqliteStore>> create(const std::string &path);
    // An existing database: refused with a Swedish message when it is not ours, corrupt or
    // newer than this program (before any byte is written); an older one is migrated stepwise in
    // one transaction. A file this user may not write (the file, its folder, or another user's
    // -wal/-shm) is opened for reading only, creating no file (readOnlyReason() says why).
    static Core::Result<std::unique_ptr<SqliteStore>> open(const std::string &path, OpenOptions options);
    static Core::Result<std::unique_ptr<SqliteStore>> open(const std::string &path) { return open(path, OpenOptions{}); }

    std::string readOnlyReason() const override { return m_readOnly; }

private:
    SqliteStore(std::unique_ptr<SqliteConnection> connection, std::string path);
    SqliteConnection &sqlite();
    Core::Result<void> configure();
    // Reads only: the header, application id, schema version (refusing a newer one) and, as
    // the options say, the pages. Returns the schema version.
    Core::Result<int> checkOpened(const OpenOptions &options);

    std::string m_readOnly; // why the file is open for reading only; empty when writable
};

} // namespace Tertial::Storage
