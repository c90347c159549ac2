// SPDX-License-Identifier: GPL-3.0-or-later
// Setting up a shared server: the schema, its owner and group roles, row security everywhere;
// login roles granted a role and nämnder. Run by a database administrator (tertial-cli server).
#pragma once

#include "serverschema.h"

#include "core/error.h"

#include <optional>
#include <string>

namespace Tertial::Storage {

struct ServerGrant
{
    std::string user;                 // the login role (created when missing, without a password)
    ServerRole role = ServerRole::Controller;
    std::optional<std::string> kommun; // with namnd: the nämnd the user works on
    std::optional<std::string> namnd;
};

// Creates (or brings up to date) the Tertial schema on the server: the NOLOGIN owner role
// tertial_owner that owns every table, the group roles, the current schema version, and FORCE
// ROW LEVEL SECURITY with policies on every table. Idempotent. Returns what it did, in words.
Core::Result<std::string> serverInit(const std::string &uri);
Core::Result<std::string> serverGrant(const std::string &uri, const ServerGrant &grant);
// Without kommun/namnd: takes the role away; with them: only that nämnd.
Core::Result<std::string> serverRevoke(const std::string &uri, const ServerGrant &grant);

} // namespace Tertial::Storage
