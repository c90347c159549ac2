// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations. Never edit a released step: add a new one (and a fixture for the old version).
#include "schema.h"

#include "koladaschema.h"
#include "reportschema.h"

#include <regex>

#include <string_view>

namespace Tertial::Storage {
namespace {

// Version 1: the organisation, the figures and the kontoslag list.
constexpr std::string_view step1 = R"SQL(
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (0);
CREATE TABLE kommun (
    code TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('K', 'L', 'R')),
    lan TEXT NOT NULL
);
CREATE TABLE namnd (
    id {id},
    kommun TEXT NOT NULL REFERENCES kommun (code),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (kommun, code)
);
CREATE TABLE verksamhet (
    id {id},
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    parent_id BIGINT REFERENCES verksamhet (id),
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    ordering INTEGER NOT NULL,
    memo INTEGER NOT NULL DEFAULT 0,
    UNIQUE (namnd_id, path)
);
CREATE TABLE kontoslag (
    code TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    ordering INTEGER NOT NULL
);
INSERT INTO kontoslag (code, name, kind, ordering) VALUES
    ('', 'Hela verksamheten', '', 0),
    ('avgifter', 'Avgifter', 'intakt', 1),
    ('bidrag_intakt', 'Bidrag', 'intakt', 2),
    ('forsaljning', 'Försäljning av verksamhet', 'intakt', 3),
    ('ovriga_intakter', 'Övriga intäkter', 'intakt', 4),
    ('personal', 'Personal', 'kostnad', 5),
    ('lokaler', 'Lokaler', 'kostnad', 6),
    ('kop_av_verksamhet', 'Köp av verksamhet', 'kostnad', 7),
    ('bemanningsforetag', 'Köp från bemanningsföretag', 'kostnad', 8),
    ('kapitalkostnader', 'Kapitalkostnader', 'kostnad', 9),
    ('bidrag_kostnad', 'Bidrag', 'kostnad', 10),
    ('ovriga_kostnader', 'Övriga kostnader', 'kostnad', 11);
-- Key columns are NOT NULL (kontoslag '' = the verksamhet's own figure, month 0 = helår) so the
-- natural key is a real UNIQUE key that ON CONFLICT can use in SQLite and PostgreSQL alike.
CREATE TABLE figure (
    verksamhet_id BIGINT NOT NULL REFERENCES verksamhet (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL CHECK (month BETWEEN 0 AND 12),
    measure TEXT NOT NULL,
    kontoslag TEXT NOT NULL REFERENCES kontoslag (code),
    amount_ore BIGINT NOT NULL,
    PRIMARY KEY (verksamhet_id, year, month, measure, kontoslag)
){without_rowid};
)SQL";

// Version 2: periodisation, the registers beside the figures, period locks and the audit log.
constexpr std::string_view step2 = R"SQL(
ALTER TABLE verksamhet ADD COLUMN periodisation TEXT NOT NULL DEFAULT 'linjär';
CREATE TABLE forecast_method (
    verksamhet_id BIGINT NOT NULL REFERENCES verksamhet (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    method TEXT NOT NULL,
    PRIMARY KEY (verksamhet_id, year, month)
);
CREATE TABLE comment (
    verksamhet_id BIGINT NOT NULL REFERENCES verksamhet (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (verksamhet_id, year, month)
);
CREATE TABLE volume (
    verksamhet_id BIGINT NOT NULL REFERENCES verksamhet (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    service_type TEXT NOT NULL,
    measure TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (verksamhet_id, year, month, service_type, measure)
);
CREATE TABLE indicator (
    id {id},
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    code TEXT NOT NULL,
    area TEXT NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    direction TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    tolerance DOUBLE PRECISION,
    source TEXT NOT NULL,
    UNIQUE (namnd_id, code)
);
CREATE TABLE indicator_value (
    indicator_id BIGINT NOT NULL REFERENCES indicator (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    actual DOUBLE PRECISION,
    target DOUBLE PRECISION,
    PRIMARY KEY (indicator_id, year, month)
);
CREATE TABLE action_item (
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    goal TEXT NOT NULL,
    action TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (namnd_id, year, month, goal, action)
);
CREATE TABLE investment (
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    project TEXT NOT NULL,
    budget_ore BIGINT,
    forecast_ore BIGINT,
    budget_period_ore BIGINT,
    actual_ore BIGINT,
    PRIMARY KEY (namnd_id, year, month, project)
);
CREATE TABLE state_grant (
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    name TEXT NOT NULL,
    grant_ore BIGINT NOT NULL,
    received_ore BIGINT,
    cost_ore BIGINT NOT NULL,
    in_budget_ore BIGINT,
    in_forecast_ore BIGINT,
    PRIMARY KEY (namnd_id, year, month, name)
);
CREATE TABLE period_lock (
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    locked_by TEXT NOT NULL,
    locked_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (namnd_id, year, month)
);
CREATE TABLE audit_log (
    id {id},
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    entity TEXT NOT NULL,
    namnd_id BIGINT REFERENCES namnd (id),
    verksamhet_id BIGINT REFERENCES verksamhet (id),
    what TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    reason TEXT NOT NULL
);
CREATE INDEX audit_log_verksamhet ON audit_log (verksamhet_id);
CREATE INDEX audit_log_namnd ON audit_log (namnd_id);
)SQL";

// Version 3: volume.months. Step 2 is back as it was released (bbf9af4); for a while it was
// edited to create the column itself, so a version-2 database may have it or not: runMigrationStep adds
// it only where it is missing.
constexpr std::string_view step3 = R"SQL(
ALTER TABLE volume ADD COLUMN months INTEGER NOT NULL DEFAULT 1;
)SQL";

// Version 5: the Kolada tables (koladaschema.cpp), until then made by the Kolada store itself.

// Version 4: state_grant.cost_ore may be unknown (the same edit of step 2 made it nullable:
// rebuilt, which suits either form), and an indicator value's status set by hand over the
// computed one, with its reason (month 0 = the yearly value, as in indicator_value).
constexpr std::string_view step4 = R"SQL(
CREATE TABLE state_grant_v4 (
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    name TEXT NOT NULL,
    grant_ore BIGINT NOT NULL,
    received_ore BIGINT,
    cost_ore BIGINT,
    in_budget_ore BIGINT,
    in_forecast_ore BIGINT,
    PRIMARY KEY (namnd_id, year, month, name)
);
INSERT INTO state_grant_v4 (namnd_id, year, month, name, grant_ore, received_ore, cost_ore, in_budget_ore, in_forecast_ore)
    SELECT namnd_id, year, month, name, grant_ore, received_ore, cost_ore, in_budget_ore, in_forecast_ore FROM state_grant;
DROP TABLE state_grant;
ALTER TABLE state_grant_v4 RENAME TO state_grant;
CREATE TABLE indicator_status_override (
    indicator_id BIGINT NOT NULL REFERENCES indicator (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('uppnått', 'delvis uppnått', 'ej uppnått', 'inget mål')),
    reason TEXT NOT NULL CHECK (reason <> ''),
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    PRIMARY KEY (indicator_id, year, month)
);
)SQL";

// Version 6: figures from the ledger (issue 13), kept apart from typed ones. ledger_month holds an
// ERP export's amounts per month, verksamhet and kontoslag (summed over kontos, canonical signs);
// ledger_figure the figures derived from them (cumulative utfall, periodens budget, budget helår,
// prognos), read together with figure, where a typed figure of the same key wins. The mappings
// are the kommun's: konto ranges to kontoslag, ansvar codes or prefixes ('41*') to verksamheter.
constexpr std::string_view step6 = R"SQL(
CREATE TABLE ledger_month (
    verksamhet_id BIGINT NOT NULL REFERENCES verksamhet (id),
    kontoslag TEXT NOT NULL REFERENCES kontoslag (code),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    version TEXT NOT NULL CHECK (version IN ('utfall', 'budget', 'prognos')),
    amount_ore BIGINT NOT NULL,
    PRIMARY KEY (verksamhet_id, year, version, month, kontoslag)
){without_rowid};
CREATE TABLE ledger_figure (
    verksamhet_id BIGINT NOT NULL REFERENCES verksamhet (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL CHECK (month BETWEEN 0 AND 12),
    measure TEXT NOT NULL,
    kontoslag TEXT NOT NULL REFERENCES kontoslag (code),
    amount_ore BIGINT NOT NULL,
    PRIMARY KEY (verksamhet_id, year, month, measure, kontoslag)
){without_rowid};
CREATE TABLE konto_mapping (
    kommun TEXT NOT NULL REFERENCES kommun (code),
    konto_from INTEGER NOT NULL,
    konto_to INTEGER NOT NULL,
    kontoslag TEXT NOT NULL REFERENCES kontoslag (code),
    PRIMARY KEY (kommun, konto_from)
);
CREATE TABLE ansvar_mapping (
    kommun TEXT NOT NULL REFERENCES kommun (code),
    ansvar TEXT NOT NULL,
    verksamhet TEXT NOT NULL,
    PRIMARY KEY (kommun, ansvar)
);
)SQL";

// Version 7: facts about the database itself as key/value rows; 'writer_version' is the
// program version that last opened it for writing (Store::recordWriterVersion).
constexpr std::string_view step7 = R"SQL(
CREATE TABLE app_meta (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
)SQL";


// Version 8:
// - A verksamhet is found by its place (nämnd, parent, name) instead of a stored path: every
//   level kept its whole path, so a file with a deep path grew the database with the square of
//   its depth (5 000 levels: 166 MB). The path is built from the parents when read. SQLite
//   cannot drop a column of a UNIQUE constraint, so the table is rebuilt, ids kept (the caller
//   runs this with foreign keys off and checks them before commit); PostgreSQL drops the column
//   (step8Postgres). ledger_month and ledger_figure refer to the table by name, as before.
// - The 21 län by name (kommun.lan holds their codes), filled by the reference data.
// - The years a nämnd works with before any figure is entered (a new year in the workbench).
// - The audit log refers to nämnder and verksamheter by id without foreign keys: the history
//   outlives what it describes (a verksamhet created in the workbench and taken back by undo is
//   deleted, its log rows stay). Rebuilt the same way; PostgreSQL drops the two constraints
//   (its audit_log keeps the server's id ordering and triggers).
constexpr std::string_view step8 = R"SQL(
CREATE TABLE verksamhet_v8 (
    id {id},
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    parent_id BIGINT REFERENCES verksamhet (id),
    name TEXT NOT NULL,
    ordering INTEGER NOT NULL,
    memo INTEGER NOT NULL DEFAULT 0,
    periodisation TEXT NOT NULL DEFAULT 'linjär'
);
INSERT INTO verksamhet_v8 (id, namnd_id, parent_id, name, ordering, memo, periodisation)
    SELECT id, namnd_id, parent_id, name, ordering, memo, periodisation FROM verksamhet;
DROP TABLE verksamhet;
ALTER TABLE verksamhet_v8 RENAME TO verksamhet;
CREATE UNIQUE INDEX verksamhet_place ON verksamhet (namnd_id, COALESCE(parent_id, 0), name);
CREATE TABLE lan (
    code TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE namnd_year (
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    year INTEGER NOT NULL,
    PRIMARY KEY (namnd_id, year)
);
CREATE TABLE audit_log_v8 (
    id {id},
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    entity TEXT NOT NULL,
    namnd_id BIGINT,
    verksamhet_id BIGINT,
    what TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    reason TEXT NOT NULL
);
INSERT INTO audit_log_v8 (id, at, who, entity, namnd_id, verksamhet_id, what, old_value, new_value, reason)
    SELECT id, at, who, entity, namnd_id, verksamhet_id, what, old_value, new_value, reason FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_v8 RENAME TO audit_log;
CREATE INDEX audit_log_verksamhet ON audit_log (verksamhet_id);
CREATE INDEX audit_log_namnd ON audit_log (namnd_id);
)SQL";

// Step 8 on PostgreSQL: the same ends by ALTER, keeping the tables (and the audit log's triggers
// and id order, serverschema.cpp). The psql view namnd_figure read verksamhet.path: it goes with
// the column and `server init` makes it again over the tree.
constexpr std::string_view step8Postgres = R"SQL(
DROP VIEW IF EXISTS namnd_figure;
ALTER TABLE verksamhet DROP COLUMN path;
CREATE UNIQUE INDEX verksamhet_place ON verksamhet (namnd_id, COALESCE(parent_id, 0), name);
ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_namnd_id_fkey;
ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_verksamhet_id_fkey;
CREATE TABLE lan (
    code TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE namnd_year (
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    year INTEGER NOT NULL,
    PRIMARY KEY (namnd_id, year)
);
)SQL";


// Version 9: row versions. Every write stamps the rows it changes with a number no earlier write
// of the database used (one per transaction: {row_version} is a counter row in SQLite, where
// writers take turns anyway, and a sequence in PostgreSQL, where they do not), so an edit based
// on a stale read is refused as a conflict instead of silently overwriting someone's change,
// even when the cell was cleared and written again in between. Rows from before are version 1.
constexpr std::string_view step9 = R"SQL(
ALTER TABLE figure ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
{row_version}
)SQL";

// Version 10: the personnel register and decided report versions (reportschema.cpp); step 7
// on the reports branch until main's app_meta, the safety step and row versions took 7, 8 and 9.

// Version 11: seed 002 §3.1's investment columns: the period's inkomster and utgifter and the
// prognoses of the coming years (the year after, two, three, four and later). Unknown = NULL.
constexpr std::string_view step11 = R"SQL(
ALTER TABLE investment ADD COLUMN income_ore BIGINT;
ALTER TABLE investment ADD COLUMN expenditure_ore BIGINT;
ALTER TABLE investment ADD COLUMN forecast_next_ore BIGINT;
ALTER TABLE investment ADD COLUMN forecast_second_ore BIGINT;
ALTER TABLE investment ADD COLUMN forecast_third_ore BIGINT;
ALTER TABLE investment ADD COLUMN forecast_later_ore BIGINT;
)SQL";

// Version 12: a volume is keyed by the months it covers too, so a tertial (T3, four months ending in
// december) and the year's average (twelve months ending in december) are two rows: seed 000 §7
// prints År 2020 177 for bostad med särskild service where its tertials are 163, 173 and 176.
// SQLite cannot change a primary key: the table is built anew (nothing references volume).
constexpr std::string_view step12 = R"SQL(
CREATE TABLE volume_v12 (
    verksamhet_id BIGINT NOT NULL REFERENCES verksamhet (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    service_type TEXT NOT NULL,
    measure TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    months INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (verksamhet_id, year, month, service_type, measure, months)
);
INSERT INTO volume_v12 (verksamhet_id, year, month, service_type, measure, value, months)
    SELECT verksamhet_id, year, month, service_type, measure, value, months FROM volume;
DROP TABLE volume;
ALTER TABLE volume_v12 RENAME TO volume;
)SQL";

// Step 12 on PostgreSQL: the same by ALTER, keeping the table's grants and policies.
constexpr std::string_view step12Postgres = R"SQL(
ALTER TABLE volume DROP CONSTRAINT volume_pkey;
ALTER TABLE volume ADD PRIMARY KEY (verksamhet_id, year, month, service_type, measure, months);
)SQL";

void replaceAll(std::string &text, std::string_view from, std::string_view to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

} // namespace

std::string migrationSql(int toVersion, Engine engine)
{
    std::string sql;
    switch (toVersion) {
    case 1: sql = step1; break;
    case 2: sql = step2; break;
    case 3: sql = step3; break;
    case 4: sql = step4; break;
    case 5: sql = koladaTablesSql(); break;
    case 6: sql = step6; break;
    case 7: sql = step7; break;
    case 8: sql = engine == Engine::Postgres ? step8Postgres : step8; break;
    case 9: sql = step9; break;
    case 10: sql = reportTablesSql(); break;
    case 11: sql = step11; break;
    case 12: sql = engine == Engine::Postgres ? step12Postgres : step12; break;
    default: return {};
    }
    if (engine == Engine::Sqlite) {
        replaceAll(sql, "{id}", "INTEGER PRIMARY KEY");
        replaceAll(sql, "{without_rowid}", " WITHOUT ROWID");
        replaceAll(sql, "{row_version}", "CREATE TABLE row_version (value BIGINT NOT NULL);\n"
                                         "INSERT INTO row_version (value) VALUES (1);");
        return sql;
    }
    replaceAll(sql, "{id}", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    replaceAll(sql, "{without_rowid}", "");
    // A row written by hand (psql) without a version still gets a fresh one.
    replaceAll(sql, "{row_version}", "CREATE SEQUENCE row_version START 2;\n"
                                     "ALTER TABLE figure ALTER COLUMN version SET DEFAULT nextval('row_version');");
    static const std::regex text("\\bTEXT\\b");
    return std::regex_replace(sql, text, "TEXT COLLATE \"C\"");
}

} // namespace Tertial::Storage

namespace Tertial::Storage {

Core::Result<void> runMigrationStep(Connection &db, int toVersion)
{
    if (toVersion == 3) {
        auto has = db.hasColumn("volume", "months");
        if (!has)
            return std::unexpected(has.error());
        if (*has)
            return {};
    }
    const std::string sql = migrationSql(toVersion, db.engine());
    if (sql.empty())
        return Core::fail(Core::ErrorCode::Unsupported, "schemaversion " + std::to_string(toVersion) + " finns inte");
    return db.exec(sql);
}

} // namespace Tertial::Storage
