// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada tables. Never change a released table here: add columns with a further guarded step.
#include "koladaschema.h"

#include <string>

namespace Tertial::Storage {
namespace {

// No foreign key from a value to kolada_municipality: values arrive for Riket (0000) and for
// groups, and data may be imported before its metadata. Key columns are NOT NULL so ON CONFLICT
// works alike in SQLite and PostgreSQL.
constexpr std::string_view tables = R"SQL(
CREATE TABLE IF NOT EXISTS kolada_kpi (
    id TEXT NOT NULL PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    divided_by_gender INTEGER NOT NULL,
    municipality_type TEXT NOT NULL,
    operating_area TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kolada_municipality (
    id TEXT NOT NULL PRIMARY KEY,
    title TEXT NOT NULL,
    type TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kolada_group (
    id TEXT NOT NULL PRIMARY KEY,
    title TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kolada_group_member (
    group_id TEXT NOT NULL REFERENCES kolada_group (id) ON DELETE CASCADE,
    member_id TEXT NOT NULL,
    member_title TEXT NOT NULL,
    ordering INTEGER NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
CREATE TABLE IF NOT EXISTS kolada_value (
    kpi TEXT NOT NULL,
    municipality TEXT NOT NULL,
    year INTEGER NOT NULL,
    gender TEXT NOT NULL CHECK (gender IN ('T', 'K', 'M')),
    value DOUBLE PRECISION,
    count INTEGER,
    status TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (kpi, year, gender, municipality)
);
)SQL";

// Apart from kolada_group: an import replaces Kolada's groups, never the analyst's own. Ids are
// assigned by the store (max + 1) so the SQL stays portable to PostgreSQL.
constexpr std::string_view userGroupTables = R"SQL(
CREATE TABLE IF NOT EXISTS kolada_user_group (
    id INTEGER NOT NULL PRIMARY KEY,
    title TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS kolada_user_group_member (
    group_id INTEGER NOT NULL REFERENCES kolada_user_group (id) ON DELETE CASCADE,
    member_id TEXT NOT NULL,
    ordering INTEGER NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
)SQL";

const std::string allTables = std::string(tables) + std::string(userGroupTables);

} // namespace

std::string_view koladaTablesSql()
{
    return allTables;
}

} // namespace Tertial::Storage
