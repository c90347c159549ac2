// SPDX-License-Identifier: GPL-3.0-or-later
// What the PostgreSQL server enforces, as SQL: roles, row security on every table, the period
// locks, the audit log's user and commit order, and one notification per transaction and
// nämnd-year. Read docs/server.md before adding a table: it needs a policy here too.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Storage {

// The Tertial group roles (NOLOGIN); a login role is made a member of one or more.
enum class ServerRole { Controller, Secretary, Analyst, Admin };
std::string_view serverRoleName(ServerRole role);      // tertial_controller, ...
std::string_view serverRoleWord(ServerRole role);      // controller, ... (the CLI's --role)
bool serverRoleFromWord(std::string_view word, ServerRole &role);

inline constexpr std::string_view serverOwnerRole = "tertial_owner";
// The channel every committed change notifies on; the payload is "namnd_id:year" (year 0 when
// the change has none, such as an indicator definition).
inline constexpr std::string_view changeChannel = "tertial_change";

// The transaction-level advisory lock under which audit ids are drawn from the sequence
// audit_commit_order, so ids follow the order of commits (serverTriggerSql; an import that draws
// its block of ids itself takes it too, sqlstoreimportcopy.cpp).
inline constexpr long long auditCommitOrderLock = 1413829204; // 'TERT'

// How a table reaches its nämnd, for its policies and lock checks.
struct GuardedTable
{
    std::string name;
    enum class Owner { Namnd, Verksamhet, Indicator, Kommun, None } owner; // Kommun: a `kommun` column (the kommun's ledger mappings)
    // Decisions: written by whoever may lock the period (a decision locks it), never changed after.
    enum class Writers { Figures, Comments, LockAdmin, Analysts, Admin, Audit, Access, Decisions } writers;
    bool hasPeriod = false; // year and month columns that a period lock freezes
};
// Every table of the current schema with how it is guarded; a table missing here fails
// `server init` (it refuses to leave a table without row security).
const std::vector<GuardedTable> &guardedTables();

// Roles, grants, policies and triggers, idempotent: run by `server init` as the owner role
// after the migrations, again after a migration adds a table.
std::string serverSecuritySql();
// The parts every PostgreSQL database needs even without roles (the audit log's commit order
// and server-named user, the lock checks and notifications), run when a store is created.
std::string serverTriggerSql();

} // namespace Tertial::Storage
