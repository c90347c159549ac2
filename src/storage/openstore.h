// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a Tertial database by where it is: a file is SQLite, a postgresql:// URI the server.
#pragma once

#include "sqlstore.h"

#include <memory>
#include <string>
#include <string_view>

namespace Tertial::Storage {

enum class OpenMode { OpenExisting, Create };

// True for a libpq connection URI (postgresql://… or postgres://…); anything else is a file.
bool isServerLocation(std::string_view location);

// A file path opens (or creates) the SQLite store; a postgresql:// URI connects through libpq
// (host=/socket, port, user, sslmode, Kerberos: whatever the URI and libpq's environment say;
// the password from PGPASSWORD, ~/.pgpass, a service file, or `password` when given).
// Create on a server makes the Tertial schema in an existing, empty database.
Core::Result<std::unique_ptr<SqlStore>> openStore(const std::string &location, OpenMode mode = OpenMode::OpenExisting,
                                                  const std::string &password = {});

// A location without its password (for recent-file lists, titles and messages).
std::string displayLocation(const std::string &location);

} // namespace Tertial::Storage
