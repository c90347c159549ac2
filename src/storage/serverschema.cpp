// SPDX-License-Identifier: GPL-3.0-or-later
// The server's rules as SQL, generated per table from guardedTables().
#include "serverschema.h"

#include <array>

namespace Tertial::Storage {

namespace {

using Owner = GuardedTable::Owner;
using Writers = GuardedTable::Writers;

constexpr std::array<std::pair<ServerRole, std::string_view>, 4> roleNames{{
    {ServerRole::Controller, "controller"},
    {ServerRole::Secretary, "secretary"},
    {ServerRole::Analyst, "analyst"},
    {ServerRole::Admin, "admin"},
}};

constexpr std::string_view groupRoles = "tertial_controller, tertial_secretary, tertial_analyst, tertial_admin";

// The nämnd id of a row of `table` as an SQL expression over the row alias `r`, or empty.
std::string namndOf(const GuardedTable &table, std::string_view r)
{
    const std::string row(r);
    switch (table.owner) {
    case Owner::Namnd: return table.name == "namnd" ? row + ".id" : row + ".namnd_id";
    case Owner::Verksamhet: return "(SELECT v.namnd_id FROM verksamhet v WHERE v.id = " + row + ".verksamhet_id)";
    case Owner::Indicator: return "(SELECT i.namnd_id FROM indicator i WHERE i.id = " + row + ".indicator_id)";
    case Owner::Kommun:
    case Owner::None: return {};
    }
    return {};
}

// The nämnder assigned to the connected user, as a set the planner hashes once per query.
// (Whole-column form: `namnd_id IN (...)`, `verksamhet_id IN (...)`.)
std::string assignedSet(const GuardedTable &table)
{
    const std::string mine = "(SELECT n.id FROM namnd n JOIN user_namnd a ON a.kommun = n.kommun AND a.namnd = n.code "
                             "WHERE a.username = session_user)";
    switch (table.owner) {
    case Owner::Namnd:
        if (table.name == "namnd")
            return "EXISTS (SELECT 1 FROM user_namnd a WHERE a.username = session_user AND a.kommun = namnd.kommun "
                   "AND a.namnd = namnd.code)";
        return "namnd_id IN " + mine;
    case Owner::Verksamhet:
        return "verksamhet_id IN (SELECT v.id FROM verksamhet v WHERE v.namnd_id IN " + mine + ")";
    case Owner::Indicator:
        return "indicator_id IN (SELECT i.id FROM indicator i WHERE i.namnd_id IN " + mine + ")";
    // A kommun's own rows belong to whoever is assigned a nämnd of that kommun.
    case Owner::Kommun: return "kommun IN (SELECT a.kommun FROM user_namnd a WHERE a.username = session_user)";
    case Owner::None: return "true";
    }
    return "false";
}

std::string member(std::string_view role)
{
    return "(SELECT pg_has_role(session_user, '" + std::string(role) + "', 'MEMBER'))";
}

const std::string owner = "(current_user = 'tertial_owner')";

std::string readRule(const GuardedTable &table)
{
    if (table.writers == Writers::Access)
        return owner + " OR username = session_user OR " + member("tertial_admin");
    if (table.owner == Owner::None)
        return "true";
    std::string rule = owner + " OR " + member("tertial_admin") + " OR " + member("tertial_analyst") + " OR (" +
                       assignedSet(table) + ")";
    if (table.writers == Writers::Audit)
        rule += " OR namnd_id IS NULL";
    return rule;
}

std::string writeRule(const GuardedTable &table)
{
    const std::string admin = owner + " OR " + member("tertial_admin");
    switch (table.writers) {
    case Writers::Figures:
        return admin + " OR (" + member("tertial_controller") + " AND " + assignedSet(table) + ")";
    case Writers::Comments:
        return admin + " OR ((" + member("tertial_controller") + " OR " + member("tertial_secretary") + ") AND " +
               assignedSet(table) + ")";
    case Writers::Analysts: return admin + " OR " + member("tertial_analyst");
    case Writers::LockAdmin:
    case Writers::Decisions:
    case Writers::Admin:
    case Writers::Access: return admin;
    case Writers::Audit: return readRule(table);
    }
    return "false";
}

std::string policies(const GuardedTable &table)
{
    const std::string &t = table.name;
    std::string sql = "ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY;\nALTER TABLE " + t + " FORCE ROW LEVEL SECURITY;\n";
    for (std::string_view command : {"select", "insert", "update", "delete"})
        sql += "DROP POLICY IF EXISTS " + t + "_" + std::string(command) + " ON " + t + ";\n";
    sql += "CREATE POLICY " + t + "_select ON " + t + " FOR SELECT USING (" + readRule(table) + ");\n";
    sql += "CREATE POLICY " + t + "_insert ON " + t + " FOR INSERT WITH CHECK (" + writeRule(table) + ");\n";
    if (table.writers == Writers::Audit || table.writers == Writers::Decisions) {
        // Only the owner changes or removes audit rows (it renumbers them at commit, see below)
        // or decided versions (a decision is kept as it was made).
        sql += "CREATE POLICY " + t + "_update ON " + t + " FOR UPDATE USING " + owner + ";\n";
        sql += "CREATE POLICY " + t + "_delete ON " + t + " FOR DELETE USING " + owner + ";\n";
    } else {
        sql += "CREATE POLICY " + t + "_update ON " + t + " FOR UPDATE USING (" + writeRule(table) + ") WITH CHECK (" +
               writeRule(table) + ");\n";
        sql += "CREATE POLICY " + t + "_delete ON " + t + " FOR DELETE USING (" + writeRule(table) + ");\n";
    }
    // Table privileges: everyone in a Tertial role reads (the policies filter); writes as the
    // policies allow; the audit log only gains rows; the schema version and the grants
    // themselves are not for clients to change.
    sql += "REVOKE ALL ON " + t + " FROM PUBLIC;\n";
    sql += "GRANT SELECT ON " + t + " TO " + std::string(groupRoles) + ";\n";
    if (table.writers == Writers::Audit || table.writers == Writers::Decisions)
        sql += "GRANT INSERT ON " + t + " TO " + std::string(groupRoles) + ";\n";
    else if (table.name != "schema_version")
        sql += "GRANT INSERT, UPDATE, DELETE ON " + t + " TO " + std::string(groupRoles) + ";\n";
    return sql;
}

bool hasMeasure(const GuardedTable &table)
{
    return table.name == "figure" || table.name == "ledger_figure";
}

// What a locked month shows beyond its own rows, frozen with it (the client's rule, in the
// server for psql and every other client): the year's helår budget (the month shows it and
// periodises it), and the year before's utfall to that month and to December (föregående år,
// and the forecasts build on it). `set`: the transition table of the statement.
std::string figureLockChecks(const GuardedTable &table, const std::string &set)
{
    const std::string namnd = namndOf(table, "r");
    const std::string period = "CASE WHEN l.month = 0 THEN l.year::text ELSE l.year || '-' || lpad(l.month::text, 2, '0') END";
    return "  locked := (SELECT " + period + " FROM " + set + " r JOIN period_lock l ON l.namnd_id = " + namnd +
           " AND l.year = r.year WHERE r.measure IN ('budget', 'budget_intakter', 'budget_kostnader') AND r.month = 0 LIMIT 1);\n"
           "  IF locked IS NOT NULL THEN\n"
           "    RAISE EXCEPTION 'perioden % är låst och visar årets budget; lås upp den innan du ändrar', locked "
           "USING ERRCODE = 'P0001';\n"
           "  END IF;\n"
           "  locked := (SELECT " + period + " FROM " + set + " r JOIN period_lock l ON l.namnd_id = " + namnd +
           " AND l.year = r.year + 1 AND (l.month = 0 OR l.month = r.month OR r.month = 12) "
           "WHERE r.measure IN ('utfall_intakter', 'utfall_kostnader', 'utfall_netto') LIMIT 1);\n"
           "  IF locked IS NOT NULL THEN\n"
           "    RAISE EXCEPTION 'perioden % är låst och visar föregående års utfall; lås upp den innan du ändrar', locked "
           "USING ERRCODE = 'P0001';\n"
           "  END IF;\n";
}

// Statement-level triggers over the transition tables: one set-based check of the period locks
// for all rows a statement touched, and one pg_notify per distinct nämnd-year (PostgreSQL folds
// identical notifications of a transaction into one).
std::string changeTriggers(const GuardedTable &table)
{
    if (table.writers == Writers::Audit || table.writers == Writers::Access || table.owner == Owner::None ||
        table.owner == Owner::Kommun)
        return {};
    const std::string &t = table.name;
    std::string sql;
    for (std::string_view event : {"insert", "update", "delete"}) {
        const std::string e(event);
        std::vector<std::string> sets;
        if (e != "insert")
            sets.push_back("old_rows");
        if (e != "delete")
            sets.push_back("new_rows");
        std::string body = hasMeasure(table) ? "DECLARE locked text;\nBEGIN\n" : "BEGIN\n";
        for (const std::string &set : sets) {
            const std::string year = table.hasPeriod ? "r.year" : (t == "period_lock" ? "r.year" : "0");
            if (table.hasPeriod) {
                // The row's own period here; what a locked month shows beyond it (the year's
                // helår budget, last year's utfall) is figureLockChecks' below, as SqlStore::
                // checkFigureUnlocked says on the client.
                const std::string shown = " AND l.year = r.year AND (l.month = 0 OR l.month = r.month)";
                body += "  IF EXISTS (SELECT 1 FROM " + set + " r JOIN period_lock l ON l.namnd_id = " +
                        namndOf(table, "r") + shown + ") THEN\n"
                        "    RAISE EXCEPTION 'perioden är låst; lås upp den innan du ändrar' USING ERRCODE = 'P0001';\n"
                        "  END IF;\n";
            }
            if (hasMeasure(table))
                body += figureLockChecks(table, set);
            body += "  PERFORM pg_notify('" + std::string(changeChannel) + "', n::text || ':' || y::text) FROM (SELECT DISTINCT " +
                    namndOf(table, "r") + " AS n, " + year + " AS y FROM " + set + " r) c WHERE n IS NOT NULL;\n";
        }
        body += "  RETURN NULL;\nEND";
        const std::string fn = "tertial_" + t + "_after_" + e;
        sql += "CREATE OR REPLACE FUNCTION " + fn + "() RETURNS trigger LANGUAGE plpgsql SET search_path = tertial AS $f$\n" +
               body + "\n$f$;\n";
        sql += "DROP TRIGGER IF EXISTS " + fn + " ON " + t + ";\n";
        std::string referencing;
        if (e == "insert")
            referencing = "REFERENCING NEW TABLE AS new_rows";
        else if (e == "update")
            referencing = "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows";
        else
            referencing = "REFERENCING OLD TABLE AS old_rows";
        sql += "CREATE TRIGGER " + fn + " AFTER " + e + " ON " + t + " " + referencing + " FOR EACH STATEMENT EXECUTE FUNCTION " +
               fn + "();\n";
    }
    return sql;
}

} // namespace

std::string_view serverRoleName(ServerRole role)
{
    switch (role) {
    case ServerRole::Controller: return "tertial_controller";
    case ServerRole::Secretary: return "tertial_secretary";
    case ServerRole::Analyst: return "tertial_analyst";
    case ServerRole::Admin: return "tertial_admin";
    }
    return {};
}

std::string_view serverRoleWord(ServerRole role)
{
    for (const auto &[r, word] : roleNames)
        if (r == role)
            return word;
    return {};
}

bool serverRoleFromWord(std::string_view word, ServerRole &role)
{
    for (const auto &[r, w] : roleNames)
        if (w == word) {
            role = r;
            return true;
        }
    return false;
}

const std::vector<GuardedTable> &guardedTables()
{
    static const std::vector<GuardedTable> tables{
        {"schema_version", Owner::None, Writers::Admin, false},
        {"kommun", Owner::None, Writers::Admin, false},
        {"lan", Owner::None, Writers::Admin, false},
        {"kontoslag", Owner::None, Writers::Admin, false},
        {"namnd", Owner::Namnd, Writers::Admin, false},
        {"verksamhet", Owner::Namnd, Writers::Figures, false},
        {"figure", Owner::Verksamhet, Writers::Figures, true},
        {"forecast_method", Owner::Verksamhet, Writers::Figures, true},
        {"comment", Owner::Verksamhet, Writers::Comments, true},
        {"volume", Owner::Verksamhet, Writers::Figures, true},
        {"indicator", Owner::Namnd, Writers::Figures, false},
        {"indicator_value", Owner::Indicator, Writers::Figures, true},
        {"indicator_status_override", Owner::Indicator, Writers::Figures, true},
        {"action_item", Owner::Namnd, Writers::Figures, true},
        {"investment", Owner::Namnd, Writers::Figures, true},
        {"state_grant", Owner::Namnd, Writers::Figures, true},
        {"personnel", Owner::Namnd, Writers::Figures, true},
        {"report_decision", Owner::Namnd, Writers::Decisions, false},
        {"period_lock", Owner::Namnd, Writers::LockAdmin, false},
        // The years a nämnd works with before figures (Nytt år): its controllers add them.
        {"namnd_year", Owner::Namnd, Writers::Figures, false},
        {"audit_log", Owner::Namnd, Writers::Audit, false},
        // Figures from the ledger (issue 13) are the nämnd's like typed ones; the kommun's
        // mappings are shared by its nämnder: whoever controls one of them may change them.
        {"ledger_month", Owner::Verksamhet, Writers::Figures, true},
        {"ledger_figure", Owner::Verksamhet, Writers::Figures, true},
        {"konto_mapping", Owner::Kommun, Writers::Figures, false},
        {"ansvar_mapping", Owner::Kommun, Writers::Figures, false},
        {"kolada_kpi", Owner::None, Writers::Analysts, false},
        {"kolada_municipality", Owner::None, Writers::Analysts, false},
        {"kolada_group", Owner::None, Writers::Analysts, false},
        {"kolada_group_member", Owner::None, Writers::Analysts, false},
        {"kolada_value", Owner::None, Writers::Analysts, false},
        {"kolada_user_group", Owner::None, Writers::Analysts, false},
        {"kolada_user_group_member", Owner::None, Writers::Analysts, false},
        {"user_namnd", Owner::None, Writers::Access, false},
        {"app_meta", Owner::None, Writers::Admin, false}, // the version that last wrote the database
    };
    return tables;
}

std::string serverTriggerSql()
{
    std::string sql = R"SQL(
-- The audit user and time are the server's: whatever the client wrote, session_user and the
-- transaction's start (UTC) are stored.
CREATE OR REPLACE FUNCTION tertial_audit_stamp() RETURNS trigger LANGUAGE plpgsql SET search_path = tertial AS $f$
BEGIN
  -- tertial-cli copy keeps a copied log as it was written; only the tables' owner may.
  IF current_setting('tertial.copying', true) = 'on'
     AND pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
    RETURN NEW;
  END IF;
  NEW.who := session_user;
  NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  RETURN NEW;
END
$f$;
DROP TRIGGER IF EXISTS tertial_audit_stamp ON audit_log;
-- Only for a row that says otherwise: a row already naming the server's user and time (the
-- import's, sqlstoreimportcopy.cpp) is as the function would leave it, without a call per row.
CREATE TRIGGER tertial_audit_stamp BEFORE INSERT ON audit_log FOR EACH ROW
  WHEN (NEW.who IS DISTINCT FROM session_user::text
        OR NEW.at IS DISTINCT FROM to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
  EXECUTE FUNCTION tertial_audit_stamp();

-- Audit ids in commit order: a reader that asks for ids after the last it saw (the
-- Ändringslogg) must never find a lower id committed later. Rows get a temporary negative id;
-- at commit one deferred trigger renumbers the transaction's rows from audit_commit_order while
-- holding a transaction lock, so ids are handed out in the order transactions commit.
CREATE SEQUENCE IF NOT EXISTS audit_commit_order;
SELECT setval('audit_commit_order', GREATEST((SELECT COALESCE(MAX(id), 0) FROM audit_log), 1),
              (SELECT COALESCE(MAX(id), 0) FROM audit_log) > 0);
ALTER TABLE audit_log ALTER COLUMN id SET INCREMENT BY -1 SET MINVALUE -9223372036854775807 SET MAXVALUE -1
  SET START WITH -1 RESTART WITH -1;
-- SECURITY DEFINER (the owner) because clients may not update audit rows; it touches only the
-- calling transaction's own uncommitted rows (negative ids: no other transaction's are
-- visible) and returns nothing, so it leaks no row. A trigger function cannot be called directly.
CREATE OR REPLACE FUNCTION tertial_audit_commit_order() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = tertial AS $f$
BEGIN
  IF current_setting('tertial.audit_ordered', true) = pg_current_xact_id()::text THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(@LOCK@); -- 'TERT': commits that wrote audit rows, one at a time
  -- Materialized: each row draws its number once, in the order the rows were written.
  WITH o AS MATERIALIZED (SELECT t.id AS old_id, nextval('audit_commit_order') AS id
                            FROM (SELECT id FROM audit_log WHERE id < 0 ORDER BY id DESC) t)
  UPDATE audit_log a SET id = o.id FROM o WHERE a.id = o.old_id;
  PERFORM set_config('tertial.audit_ordered', pg_current_xact_id()::text, true);
  RETURN NULL;
END
$f$;
REVOKE ALL ON FUNCTION tertial_audit_commit_order() FROM PUBLIC;
DROP TRIGGER IF EXISTS tertial_audit_commit_order ON audit_log;
CREATE CONSTRAINT TRIGGER tertial_audit_commit_order AFTER INSERT ON audit_log DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.id < 0) EXECUTE FUNCTION tertial_audit_commit_order();

-- Row versions: Tertial stamps every row it writes with a new version; a figure changed some
-- other way (psql) gets one too, so a workbench that read the old row sees a conflict instead of
-- overwriting the change. Only when the writer left the version as it was (the WHEN clause keeps
-- the trigger off Tertial's own writes).
CREATE OR REPLACE FUNCTION tertial_row_version() RETURNS trigger LANGUAGE plpgsql SET search_path = tertial AS $f$
BEGIN
  NEW.version := nextval('row_version');
  RETURN NEW;
END
$f$;
DROP TRIGGER IF EXISTS tertial_figure_version ON figure;
CREATE TRIGGER tertial_figure_version BEFORE UPDATE ON figure FOR EACH ROW WHEN (NEW.version = OLD.version)
  EXECUTE FUNCTION tertial_row_version();
)SQL";
    const std::string lockToken = "@LOCK@";
    sql.replace(sql.find(lockToken), lockToken.size(), std::to_string(auditCommitOrderLock));
    for (const GuardedTable &table : guardedTables())
        sql += changeTriggers(table);
    // A verksamhet's periodisering or memo flag recomputes what a locked period shows (as
    // SqlStore::checkTreeChangeUnlocked on the client): refused while the node or one under it
    // has figures (helår budgets, for a periodisering) in a year of the nämnd with a lock.
    sql += R"SQL(
CREATE OR REPLACE FUNCTION tertial_verksamhet_locked_change() RETURNS trigger LANGUAGE plpgsql SET search_path = tertial AS $f$
BEGIN
  IF NEW.memo IS DISTINCT FROM OLD.memo OR NEW.periodisation IS DISTINCT FROM OLD.periodisation THEN
    IF EXISTS (
      WITH RECURSIVE under (id) AS (
        SELECT OLD.id
        UNION ALL
        SELECT v.id FROM verksamhet v JOIN under u ON v.parent_id = u.id),
      shown (verksamhet_id, year, month, measure) AS (
        SELECT verksamhet_id, year, month, measure FROM figure
        UNION ALL
        SELECT verksamhet_id, year, month, measure FROM ledger_figure)
      SELECT 1 FROM shown f JOIN under u ON u.id = f.verksamhet_id
        JOIN period_lock l ON l.namnd_id = OLD.namnd_id AND l.year = f.year
       WHERE NEW.memo IS DISTINCT FROM OLD.memo OR (f.month = 0 AND f.measure IN ('budget', 'budget_intakter', 'budget_kostnader'))) THEN
      RAISE EXCEPTION 'perioden är låst och visar siffror som ändringen räknar om; lås upp den innan du ändrar'
        USING ERRCODE = 'P0001';
    END IF;
  END IF;
  RETURN NEW;
END
$f$;
DROP TRIGGER IF EXISTS tertial_verksamhet_locked_change ON verksamhet;
CREATE TRIGGER tertial_verksamhet_locked_change BEFORE UPDATE ON verksamhet
  FOR EACH ROW EXECUTE FUNCTION tertial_verksamhet_locked_change();
)SQL";
    return sql;
}

std::string serverSecuritySql()
{
    std::string sql = R"SQL(
-- Which nämnder each login role works on (server grant --kommun K --namnd N).
CREATE TABLE IF NOT EXISTS user_namnd (
    username TEXT COLLATE "C" NOT NULL,
    kommun TEXT COLLATE "C" NOT NULL,
    namnd TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (username, kommun, namnd)
);
GRANT USAGE ON SCHEMA tertial TO tertial_controller, tertial_secretary, tertial_analyst, tertial_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA tertial TO tertial_controller, tertial_secretary, tertial_analyst, tertial_admin;
-- For psql users: a nämnd's figures with names, under the caller's own row security. A
-- verksamhet's path is built from its parents (each level keeps only its name, schema 8).
CREATE OR REPLACE VIEW namnd_figure WITH (security_invoker = true) AS
  WITH RECURSIVE tree (id, path) AS (
    SELECT id, name FROM verksamhet WHERE parent_id IS NULL
    UNION ALL
    SELECT v.id, t.path || ' > ' || v.name FROM verksamhet v JOIN tree t ON v.parent_id = t.id)
  SELECT n.kommun, n.code AS namnd, t.path AS verksamhet, f.year, f.month, f.measure, f.kontoslag, f.amount_ore
    FROM figure f JOIN tree t ON t.id = f.verksamhet_id JOIN verksamhet v ON v.id = f.verksamhet_id
    JOIN namnd n ON n.id = v.namnd_id;
GRANT SELECT ON namnd_figure TO tertial_controller, tertial_secretary, tertial_analyst, tertial_admin;
)SQL";
    for (const GuardedTable &table : guardedTables())
        sql += policies(table);
    return sql;
}

} // namespace Tertial::Storage
