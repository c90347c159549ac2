// SPDX-License-Identifier: GPL-3.0-or-later
// The schema as stepwise migrations: step N takes a database from version N-1 to N.
#pragma once

#include "sqlconnection.h"

#include <string>
#include <vector>

namespace Tertial::Storage {

// The version this program writes; a database with a higher version is refused.
inline constexpr int currentSchemaVersion = 12;

// 'TERT': PRAGMA application_id, so a foreign SQLite file is recognised as not ours.
inline constexpr int tertialApplicationId = 0x54455254;

// The SQL of one step, with the dialect tokens filled in for the engine. The statements use
// only BIGINT, INTEGER, TEXT, DOUBLE PRECISION and ON CONFLICT; {id} is SQLite's INTEGER PRIMARY
// KEY or PostgreSQL's identity column, {without_rowid} SQLite's table option, and every TEXT
// column is COLLATE "C" in PostgreSQL so text sorts byte-wise as in SQLite whatever the
// server's locale (the CLI's tables come out byte-identical from both).
std::string migrationSql(int toVersion, Engine engine = Engine::Sqlite);

// Runs step `toVersion` on the open connection (inside the caller's transaction). Most steps
// are their SQL; step 3 first looks whether volume.months is there, because version 2 gained
// that column after databases had been written without it.
Core::Result<void> runMigrationStep(Connection &db, int toVersion);

} // namespace Tertial::Storage
