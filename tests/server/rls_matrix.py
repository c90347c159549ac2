#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The server's roles × tables × commands matrix, run AS EACH ROLE through psql: what a
# controller, secretary, analyst and admin may SELECT, INSERT, UPDATE and DELETE on their own
# nämnd and on another one. Sets up a database with `tertial-cli server init` and
# `server grant`, seeds it as the superuser, then tries every cell inside BEGIN ... ROLLBACK.
# Needs TERTIAL_TEST_PG (scripts/test starts a cluster); skips (77) without it, fails under CI.
import os
import re
import subprocess
import sys

cli = sys.argv[1]
base = os.environ.get("TERTIAL_TEST_PG", "")
if not base:
    print("TERTIAL_TEST_PG not set: no test server")
    sys.exit(1 if os.environ.get("CI") else 77)

db = "tertial_rls_%d" % os.getpid()


def uri(database, user):
    u = re.sub(r"^(postgres(ql)?://[^/]*)/[^?]*", r"\1/" + database, base)
    return re.sub(r"([?&])user=[^&]*", r"\1user=" + user, u)


def psql(database, user, sql):
    r = subprocess.run(["psql", "-X", "-v", "ON_ERROR_STOP=0", "-d", uri(database, user), "-f", "-"],
                       input=sql, capture_output=True, text=True)
    return r.stdout + r.stderr


def run(args):
    r = subprocess.run([cli] + args, capture_output=True, text=True)
    if r.returncode != 0:
        print("FAILED:", " ".join(args), r.stdout, r.stderr)
        sys.exit(1)
    return r.stdout


psql("postgres", "postgres", "DROP DATABASE IF EXISTS %s; CREATE DATABASE %s;" % (db, db))
failures = []
try:
    url = uri(db, "postgres")
    run(["server", "init", url])
    run(["server", "grant", url, "--user", "ctrl", "--role", "controller", "--kommun", "0182", "--namnd", "SOCN"])
    run(["server", "grant", url, "--user", "sec", "--role", "secretary", "--kommun", "0182", "--namnd", "SOCN"])
    run(["server", "grant", url, "--user", "ana", "--role", "analyst"])
    run(["server", "grant", url, "--user", "adm", "--role", "admin"])

    seed = psql(db, "postgres", """
SET search_path TO tertial;
INSERT INTO kommun VALUES ('0182', 'Nacka', 'K', '01'), ('0181', 'Södertälje', 'K', '01'), ('0126', 'Huddinge', 'K', '01')
  ON CONFLICT DO NOTHING;
INSERT INTO namnd (id, kommun, code, name) VALUES (1, '0182', 'SOCN', 'Socialnämnden'), (2, '0182', 'UBN', 'Utbildningsnämnden'),
  (3, '0182', 'TOM', 'Nämnd utan rader');
INSERT INTO verksamhet (id, namnd_id, parent_id, name, ordering) VALUES
  (11, 1, NULL, 'Vuxna', 1), (12, 1, NULL, 'Tom', 2),
  (21, 2, NULL, 'Grundskola', 1), (22, 2, NULL, 'Tom', 2);
INSERT INTO figure VALUES (11, 2020, 2, 'utfall_netto', '', 100), (21, 2020, 2, 'utfall_netto', '', 200),
  (11, 2019, 2, 'utfall_netto', '', 100), (21, 2019, 2, 'utfall_netto', '', 200),
  (11, 2023, 0, 'budget', '', 1200), (21, 2023, 0, 'budget', '', 1200);
INSERT INTO comment VALUES (11, 2020, 2, 'egen'), (21, 2020, 2, 'annan'), (11, 2019, 2, 'låst'), (21, 2019, 2, 'låst');
INSERT INTO forecast_method VALUES (11, 2020, 2, 'manuell'), (21, 2020, 2, 'manuell');
INSERT INTO volume VALUES (11, 2020, 2, 'Hemtjänst', 'timmar', 5, 1), (21, 2020, 2, 'Hemtjänst', 'timmar', 5, 1),
  (11, 2019, 2, 'Hemtjänst', 'timmar', 5, 1), (21, 2019, 2, 'Hemtjänst', 'timmar', 5, 1);
INSERT INTO indicator (id, namnd_id, code, area, name, unit, direction, target_kind, source) VALUES
  (31, 1, 'I', 'A', 'N', '%', 'högre', 'minst', 'x'), (41, 2, 'I', 'A', 'N', '%', 'högre', 'minst', 'x'),
  (32, 1, 'K', 'A', 'N', '%', 'högre', 'minst', 'x'), (42, 2, 'K', 'A', 'N', '%', 'högre', 'minst', 'x');
INSERT INTO indicator_value VALUES (31, 2020, 0, 1, 2), (41, 2020, 0, 1, 2);
INSERT INTO indicator_status_override VALUES (31, 2020, 0, 'uppnått', 'r', 'x', 'x'), (41, 2020, 0, 'uppnått', 'r', 'x', 'x');
INSERT INTO action_item VALUES (1, 2020, 2, 'M', 'Å', 'Pågår', ''), (2, 2020, 2, 'M', 'Å', 'Pågår', '');
INSERT INTO investment (namnd_id, year, month, project, budget_ore) VALUES (1, 2020, 2, 'P', 1), (2, 2020, 2, 'P', 1);
INSERT INTO state_grant (namnd_id, year, month, name, grant_ore) VALUES (1, 2020, 2, 'S', 1), (2, 2020, 2, 'S', 1),
  (1, 2019, 2, 'S', 1), (2, 2019, 2, 'S', 1);
INSERT INTO personnel VALUES (1, '', 2020, 2, 'anstallda', 10, 1), (2, '', 2020, 2, 'anstallda', 20, 1);
INSERT INTO report_decision (namnd_id, year, month, kind, dnr, decided_on, recorded_at, recorded_by, template, program,
  content_hash, snapshot, document_hash, document) VALUES
  (1, 2020, 2, 'tertial', 'D1', '2020-03-20', '', '', '', '', '', '', '', ''),
  (2, 2020, 2, 'tertial', 'D1', '2020-03-20', '', '', '', '', '', '', '', '');
INSERT INTO namnd_year VALUES (1, 2020), (2, 2020);
INSERT INTO audit_log (at, who, entity, namnd_id, what, reason) VALUES ('', '', 'figur', 1, 'a', ''), ('', '', 'figur', 2, 'b', '');
INSERT INTO app_meta VALUES ('writer_version', 'matris') ON CONFLICT (key) DO NOTHING;
INSERT INTO kolada_kpi VALUES ('N1', 'K', '', 0, 'K', '');
INSERT INTO kolada_municipality VALUES ('0182', 'Nacka', 'K');
INSERT INTO kolada_group VALUES ('G1', 'Grupp');
INSERT INTO kolada_group_member VALUES ('G1', '0182', 'Nacka', 1);
INSERT INTO kolada_value VALUES ('N1', '0182', 2020, 'T', 1.5, NULL, '', '', '');
INSERT INTO kolada_user_group VALUES (1, 'Grupp');
INSERT INTO kolada_user_group_member VALUES (1, '0182', 1);
INSERT INTO ledger_figure VALUES (11, 2020, 2, 'utfall_netto', '', 100), (21, 2020, 2, 'utfall_netto', '', 200);
INSERT INTO konto_mapping VALUES ('0182', 4000, 4999, 'personal'), ('0126', 4000, 4999, 'personal');
INSERT INTO ledger_month VALUES (11, '', 2020, 2, 'utfall', 100), (21, '', 2020, 2, 'utfall', 200),
  (11, '', 2019, 2, 'utfall', 1), (21, '', 2019, 2, 'utfall', 1);
INSERT INTO ansvar_mapping VALUES ('0182', '41', 'Vuxna'), ('0126', '41', 'Skola');
-- Last: a locked year refuses every row written into it, the seed's own too.
INSERT INTO period_lock VALUES (1, 2019, 0, 'x', 'x', 'x'), (2, 2019, 0, 'x', 'x', 'x'),
  (1, 2023, 4, 'x', 'x', 'x'), (2, 2023, 4, 'x', 'x', 'x');
""")
    if "ERROR" in seed:
        print(seed)
        sys.exit(1)

    # (table, command) -> SQL with {n} the nämnd id, {v} a verksamhet of it, {e} an empty one,
    # {i} its indicator. Every table that belongs to a nämnd, every command; LOCKED writes into
    # the nämnd's locked year 2019 (a row there, and a new one).
    def crud(table, where, insert, update):
        return {
            (table, "SELECT"): "SELECT count(*) FROM %s WHERE %s" % (table, where),
            (table, "INSERT"): "INSERT INTO %s %s" % (table, insert),
            (table, "UPDATE"): "UPDATE %s SET %s WHERE %s" % (table, update, where),
            (table, "DELETE"): "DELETE FROM %s WHERE %s" % (table, where),
        }

    cells = {}
    cells.update(crud("figure", "verksamhet_id = {v} AND year = 2020", "VALUES ({v}, 2021, 3, 'utfall_netto', '', 5)",
                      "amount_ore = amount_ore + 1"))
    cells.update(crud("comment", "verksamhet_id = {v} AND year = 2020", "VALUES ({v}, 2020, 3, 'ny')", "body = 'ändrad'"))
    cells.update(crud("forecast_method", "verksamhet_id = {v}", "VALUES ({v}, 2020, 3, 'manuell')", "method = 'linjär'"))
    cells.update(crud("volume", "verksamhet_id = {v} AND year = 2020", "VALUES ({v}, 2020, 3, 'Hemtjänst', 'timmar', 6, 1)",
                      "value = 7"))
    cells.update(crud("indicator", "namnd_id = {n}",
                      "(namnd_id, code, area, name, unit, direction, target_kind, source) "
                      "VALUES ({n}, 'J', 'A', 'N', '%', 'högre', 'minst', 'x')", "tolerance = 1"))
    cells.update(crud("indicator_value", "indicator_id = {i}", "VALUES ({i}, 2021, 0, 1, 2)", "actual = 3"))
    cells.update(crud("indicator_status_override", "indicator_id = {i}",
                      "VALUES ({i}, 2021, 0, 'uppnått', 'r', 'x', 'x')", "reason = 's'"))
    cells.update(crud("action_item", "namnd_id = {n}", "VALUES ({n}, 2020, 3, 'M', 'Å', 'Pågår', '')", "status = 'Klart'"))
    cells.update(crud("investment", "namnd_id = {n}", "(namnd_id, year, month, project) VALUES ({n}, 2020, 3, 'Q')",
                      "budget_ore = 2"))
    cells.update(crud("state_grant", "namnd_id = {n} AND year = 2020",
                      "(namnd_id, year, month, name, grant_ore) VALUES ({n}, 2020, 3, 'T', 1)", "grant_ore = 2"))
    cells.update(crud("period_lock", "namnd_id = {n}", "VALUES ({n}, 2022, 0, 'x', 'x', 'x')", "reason = 'y'"))
    cells.update(crud("audit_log", "namnd_id = {n}",
                      "(at, who, entity, namnd_id, what, reason) VALUES ('', 'falsk', 'x', {n}, 'x', '')", "what = 'ändrad'"))
    cells.update(crud("ledger_figure", "verksamhet_id = {v} AND year = 2020", "VALUES ({v}, 2021, 3, 'utfall_netto', '', 5)",
                      "amount_ore = amount_ore + 1"))
    cells.update(crud("ledger_month", "verksamhet_id = {v} AND year = 2020", "VALUES ({v}, '', 2021, 3, 'utfall', 5)",
                      "amount_ore = amount_ore + 1"))
    # The ledger mappings are the kommun's ({k}: the nämnd's kommun, and another one).
    cells.update(crud("konto_mapping", "kommun = '{k}'", "VALUES ('{k}', 5000, 5999, 'personal')", "konto_to = 4998"))
    cells.update(crud("ansvar_mapping", "kommun = '{k}'", "VALUES ('{k}', '42', 'Y')", "verksamhet = 'Z'"))
    cells.update(crud("namnd_year", "namnd_id = {n}", "VALUES ({n}, 2031)", "year = 2032"))
    cells.update(crud("personnel", "namnd_id = {n}", "VALUES ({n}, 'Enhet', 2020, 3, 'inhyrda', 2, 2)", "value = 11"))
    cells.update({
        ("report_decision", "SELECT"): "SELECT count(*) FROM report_decision WHERE namnd_id = {n}",
        ("report_decision", "INSERT"): "INSERT INTO report_decision (namnd_id, year, month, kind, dnr, decided_on, "
                                       "recorded_at, recorded_by, template, program, content_hash, snapshot, document_hash, "
                                       "document) VALUES ({n}, 2020, 4, 'tertial', 'D2', '2020-05-20', '', '', '', '', '', '', '', '')",
        ("report_decision", "UPDATE"): "UPDATE report_decision SET snapshot = 'ändrat' WHERE namnd_id = {n}",
        ("report_decision", "DELETE"): "DELETE FROM report_decision WHERE namnd_id = {n}",
    })
    cells.update({
        ("ledger_figure", "LOCKED"): "INSERT INTO ledger_figure VALUES ({v}, 2019, 5, 'utfall_netto', '', 5)",
        ("ledger_month", "LOCKED"): "UPDATE ledger_month SET amount_ore = 3 WHERE verksamhet_id = {v} AND year = 2019",
        # April 2023 is locked: it shows the helår budget 2023 and the utfall of 2022 to April
        # and to December, so those are frozen with it (as SqlStore::checkFigureUnlocked).
        ("figure", "LOCKED_BUDGET"): "UPDATE figure SET amount_ore = 7 WHERE verksamhet_id = {v} AND year = 2023",
        ("figure", "LOCKED_LAST_YEAR"): "INSERT INTO figure VALUES ({v}, 2022, 12, 'utfall_netto', '', 5)",
        ("figure", "LOCKED_LAST_APRIL"): "INSERT INTO figure VALUES ({v}, 2022, 4, 'utfall_intakter', '', 5)",
        ("ledger_figure", "LOCKED_BUDGET"): "INSERT INTO ledger_figure VALUES ({v}, 2023, 0, 'budget', '', 5)",
        ("verksamhet", "SELECT"): "SELECT count(*) FROM verksamhet WHERE namnd_id = {n}",
        ("verksamhet", "INSERT"): "INSERT INTO verksamhet (namnd_id, name, ordering) VALUES ({n}, 'Ny', 3)",
        ("verksamhet", "UPDATE"): "UPDATE verksamhet SET ordering = 9 WHERE id = {e}",
        ("verksamhet", "DELETE"): "DELETE FROM verksamhet WHERE id = {e}",
        # A periodisering spreads the helår budget 2023 over the locked April: frozen too.
        ("verksamhet", "LOCKED_PERIODISERING"): "UPDATE verksamhet SET periodisation = 'annan' WHERE id = {v}",
        ("namnd", "SELECT"): "SELECT count(*) FROM namnd WHERE id = {n}",
        ("namnd", "UPDATE"): "UPDATE namnd SET name = name || '!' WHERE id = {n}",
        ("figure", "LOCKED"): "UPDATE figure SET amount_ore = 7 WHERE verksamhet_id = {v} AND year = 2019",
        ("figure", "LOCKED_INSERT"): "INSERT INTO figure VALUES ({v}, 2019, 4, 'utfall_netto', '', 5)",
        ("comment", "LOCKED"): "DELETE FROM comment WHERE verksamhet_id = {v} AND year = 2019",
        ("volume", "LOCKED"): "UPDATE volume SET value = 8 WHERE verksamhet_id = {v} AND year = 2019",
        ("state_grant", "LOCKED"): "UPDATE state_grant SET grant_ore = 3 WHERE namnd_id = {n} AND year = 2019",
        ("namnd_figure", "SELECT"): "SELECT count(*) FROM namnd_figure WHERE namnd = (SELECT code FROM namnd n WHERE n.id = {n})",
    })
    shared = {}
    for table, insert, update in (
            # A code no kommun has (the reference data holds every real one).
            ("kommun", "VALUES ('9990', 'Provkommun', 'K', '01')", "name = 'X'"),
            ("lan", "VALUES ('99', 'Provlän')", "name = 'X'"),
            ("kontoslag", "VALUES ('ny', 'Ny', 'kostnad', 99)", "name = 'X'"),
            ("app_meta", "VALUES ('annan', 'x')", "value = 'X'"),
            ("kolada_kpi", "VALUES ('N2', 'K', '', 0, 'K', '')", "title = 'X'"),
            ("kolada_municipality", "VALUES ('0180', 'Stockholm', 'K')", "title = 'X'"),
            ("kolada_group", "VALUES ('G2', 'Annan')", "title = 'X'"),
            ("kolada_group_member", "VALUES ('G1', '0180', 'Stockholm', 2)", "ordering = 5"),
            ("kolada_value", "VALUES ('N2', '0182', 2020, 'T', 2, NULL, '', '', '')", "value = 3"),
            ("kolada_user_group", "VALUES (2, 'Annan')", "title = 'X'"),
            ("kolada_user_group_member", "VALUES (1, '0180', 2)", "ordering = 5")):
        # Rows nothing refers to, so a permitted DELETE succeeds.
        where = {"kommun": "code = '0181'", "kontoslag": "code = 'bidrag_kostnad'", "lan": "code = '25'"}.get(table, "true")
        shared.update(crud(table, where, insert, update))
    shared.update({
        ("user_namnd", "SELECT"): "SELECT count(*) FROM user_namnd WHERE username <> session_user",
        ("user_namnd", "INSERT"): "INSERT INTO user_namnd VALUES ('x', '0182', 'UBN')",
        ("user_namnd", "UPDATE"): "UPDATE user_namnd SET namnd = 'UBN' WHERE namnd = 'SOCN'",
        ("user_namnd", "DELETE"): "DELETE FROM user_namnd WHERE namnd = 'SOCN'",
        ("schema_version", "SELECT"): "SELECT count(*) FROM schema_version",
        # A nämnd is nobody's until someone is granted it: only an admin adds or removes one.
        ("namnd", "INSERT"): "INSERT INTO namnd (kommun, code, name) VALUES ('0182', 'NY', 'Ny')",
        ("namnd", "DELETE"): "DELETE FROM namnd WHERE id = 3",
        ("schema_version", "UPDATE"): "UPDATE schema_version SET version = 99",
        ("schema_version", "DELETE"): "DELETE FROM schema_version",
    })
    # An indicator without values can be removed (the others have rows that refer to them).
    cells[("indicator", "DELETE")] = "DELETE FROM indicator WHERE id = {j}"
    own = {"n": 1, "v": 11, "e": 12, "i": 31, "j": 32, "k": "0182"}
    foreign = {"n": 2, "v": 21, "e": 22, "i": 41, "j": 42, "k": "0126"}

    # Who may: docs/server.md and the README's roles.
    figures = {"figure", "forecast_method", "investment", "verksamhet", "volume", "indicator", "indicator_value",
               "ledger_figure", "ledger_month", "konto_mapping", "ansvar_mapping",
               "indicator_status_override", "action_item", "state_grant", "personnel", "namnd_year"}

    def allowed(role, table, command, mine):
        if command.startswith("LOCKED"):
            return False  # nobody writes into a locked period, not even an admin
        if table == "audit_log":
            if command in ("UPDATE", "DELETE"):
                return False
            return role in ("ana", "adm") or mine and role in ("ctrl", "sec")
        if table == "report_decision" and command in ("UPDATE", "DELETE"):
            return False  # a decided version is kept as it was made, even from an admin
        if command == "SELECT":
            return role in ("ana", "adm") or mine
        if role == "adm":
            return True
        if table in figures:
            return role == "ctrl" and mine
        if table == "comment":
            return role in ("ctrl", "sec") and mine
        return False  # namnd, period_lock: admin only

    def shared_allowed(role, table, command):
        if table == "namnd":
            return role == "adm"
        if table == "schema_version":
            return command == "SELECT"
        if table == "user_namnd":
            return role == "adm"
        if command == "SELECT":
            return True
        if table in ("kommun", "lan", "kontoslag", "app_meta"):
            return role == "adm"
        return role in ("ana", "adm")

    # Every table of the schema is in the matrix (a new table needs its rows here: docs/server.md).
    listed = psql(db, "postgres", "SELECT string_agg(relname, ' ' ORDER BY relname) FROM pg_class c JOIN pg_namespace s "
                                  "ON s.oid = c.relnamespace WHERE s.nspname = 'tertial' AND c.relkind = 'r';")
    tables = set(listed.split("\n")[2].split())
    covered = {t for t, _ in cells} | {t for t, _ in shared}
    for table in sorted(tables - covered):
        failures.append("table %s is not in the matrix" % table)

    def outcome(out):
        if "ERROR" in out:
            return False, out.strip().splitlines()[-1]
        m = re.search(r"^(INSERT 0|UPDATE|DELETE) (\d+)$", out, re.M)
        if m:
            return int(m.group(2)) > 0, m.group(0)
        m = re.search(r"^\s*(\d+)\s*$", out, re.M)
        if m:
            return int(m.group(1)) > 0, "count " + m.group(1)
        return False, out.strip()

    total = 0
    for role in ("ctrl", "sec", "ana", "adm"):
        for (table, command), sql in cells.items():
            for mine, ids in ((True, own), (False, foreign)):
                out = psql(db, role, "BEGIN;\n%s;\nROLLBACK;\n" % sql.format(**ids))
                ok, said = outcome(out)
                want = allowed(role, table, command, mine)
                total += 1
                # An admin may write anything: a locked cell must be refused by the lock itself.
                if command.startswith("LOCKED") and role == "adm" and "låst" not in out:
                    failures.append("adm %s %s %s: expected the lock to refuse it, got %s" %
                                    (command, table, "own" if mine else "foreign", said))
                elif ok != want:
                    failures.append("%s %s %s %s: expected %s, got %s" %
                                    (role, command, table, "own" if mine else "foreign",
                                     "allowed" if want else "refused", said))
        for (table, command), sql in shared.items():
            ok, said = outcome(psql(db, role, "BEGIN;\n%s;\nROLLBACK;\n" % sql))
            want = shared_allowed(role, table, command)
            total += 1
            if ok != want:
                failures.append("%s %s %s: expected %s, got %s" %
                                (role, command, table, "allowed" if want else "refused", said))

    # The audit user is the server's, whatever the client writes.
    out = psql(db, "ctrl", "INSERT INTO audit_log (at, who, entity, namnd_id, what, reason) "
                           "VALUES ('1999', 'falsk', 'x', 1, 'x', ''); SELECT who FROM audit_log WHERE what = 'x' AND at <> '1999';")
    total += 1
    if not re.search(r"^\s*ctrl\s*$", out, re.M):
        failures.append("audit who: expected ctrl, got " + out.strip())
    # A plain view owned by the owner would leak; the shipped view runs as the caller.
    out = psql(db, "ctrl", "SELECT count(*) FROM namnd_figure WHERE namnd = 'UBN';")
    total += 1
    if not re.search(r"^\s*0\s*$", out, re.M):
        failures.append("namnd_figure view leaks foreign rows: " + out.strip())
finally:
    psql("postgres", "postgres", "DROP DATABASE IF EXISTS %s WITH (FORCE);" % db)

for f in failures:
    print("FAIL", f)
print("%d passed, %d failed" % (total - len(failures), len(failures)))
sys.exit(1 if failures else 0)
