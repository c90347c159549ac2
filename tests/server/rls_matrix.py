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
INSERT INTO kommun VALUES ('0182', 'Nacka', 'K', '01'), ('0126', 'Huddinge', 'K', '01') ON CONFLICT DO NOTHING;
INSERT INTO namnd (id, kommun, code, name) VALUES (1, '0182', 'SOCN', 'Socialnämnden'), (2, '0182', 'UBN', 'Utbildningsnämnden');
INSERT INTO verksamhet (id, namnd_id, parent_id, name, path, ordering) VALUES
  (11, 1, NULL, 'Vuxna', 'Vuxna', 1), (12, 1, NULL, 'Tom', 'Tom', 2),
  (21, 2, NULL, 'Grundskola', 'Grundskola', 1), (22, 2, NULL, 'Tom', 'Tom', 2);
INSERT INTO figure VALUES (11, 2020, 2, 'utfall_netto', '', 100), (21, 2020, 2, 'utfall_netto', '', 200),
  (11, 2019, 2, 'utfall_netto', '', 100), (21, 2019, 2, 'utfall_netto', '', 200);
INSERT INTO comment VALUES (11, 2020, 2, 'egen'), (21, 2020, 2, 'annan');
INSERT INTO forecast_method VALUES (11, 2020, 2, 'manuell'), (21, 2020, 2, 'manuell');
INSERT INTO investment (namnd_id, year, month, project, budget_ore) VALUES (1, 2020, 2, 'P', 1), (2, 2020, 2, 'P', 1);
INSERT INTO personnel VALUES (1, '', 2020, 2, 'anstallda', 10, 1), (2, '', 2020, 2, 'anstallda', 20, 1);
INSERT INTO report_decision (namnd_id, year, month, kind, dnr, decided_on, recorded_at, recorded_by, template, program,
  content_hash, snapshot, document_hash, document) VALUES
  (1, 2020, 2, 'tertial', 'D1', '2020-03-20', '', '', '', '', '', '', '', ''),
  (2, 2020, 2, 'tertial', 'D1', '2020-03-20', '', '', '', '', '', '', '', '');
INSERT INTO period_lock VALUES (1, 2019, 0, 'x', 'x', 'x'), (2, 2019, 0, 'x', 'x', 'x');
INSERT INTO audit_log (at, who, entity, namnd_id, what, reason) VALUES ('', '', 'figur', 1, 'a', ''), ('', '', 'figur', 2, 'b', '');
INSERT INTO kolada_value VALUES ('N1', '0182', 2020, 'T', 1.5, NULL, '', '', '');
INSERT INTO kolada_user_group VALUES (1, 'Grupp');
INSERT INTO ledger_figure VALUES (11, 2020, 2, 'utfall_netto', '', 100), (21, 2020, 2, 'utfall_netto', '', 200);
INSERT INTO konto_mapping VALUES ('0182', 4000, 4999, 'personal'), ('0126', 4000, 4999, 'personal');
""")
    if "ERROR" in seed:
        print(seed)
        sys.exit(1)

    # (table, command) -> SQL with {n} the nämnd id, {v} a verksamhet of it, {e} an empty one.
    cells = {
        ("figure", "SELECT"): "SELECT count(*) FROM figure WHERE verksamhet_id = {v} AND year = 2020",
        ("figure", "INSERT"): "INSERT INTO figure VALUES ({v}, 2021, 3, 'utfall_netto', '', 5)",
        ("figure", "UPDATE"): "UPDATE figure SET amount_ore = amount_ore + 1 WHERE verksamhet_id = {v} AND year = 2020",
        ("figure", "DELETE"): "DELETE FROM figure WHERE verksamhet_id = {v} AND year = 2020",
        ("figure", "LOCKED"): "UPDATE figure SET amount_ore = 7 WHERE verksamhet_id = {v} AND year = 2019",
        ("comment", "SELECT"): "SELECT count(*) FROM comment WHERE verksamhet_id = {v}",
        ("comment", "INSERT"): "INSERT INTO comment VALUES ({v}, 2020, 3, 'ny')",
        ("comment", "UPDATE"): "UPDATE comment SET body = 'ändrad' WHERE verksamhet_id = {v}",
        ("comment", "DELETE"): "DELETE FROM comment WHERE verksamhet_id = {v}",
        ("forecast_method", "SELECT"): "SELECT count(*) FROM forecast_method WHERE verksamhet_id = {v}",
        ("forecast_method", "INSERT"): "INSERT INTO forecast_method VALUES ({v}, 2020, 3, 'manuell')",
        ("forecast_method", "UPDATE"): "UPDATE forecast_method SET method = 'linjär' WHERE verksamhet_id = {v}",
        ("forecast_method", "DELETE"): "DELETE FROM forecast_method WHERE verksamhet_id = {v}",
        ("investment", "SELECT"): "SELECT count(*) FROM investment WHERE namnd_id = {n}",
        ("investment", "INSERT"): "INSERT INTO investment (namnd_id, year, month, project) VALUES ({n}, 2020, 3, 'Q')",
        ("investment", "UPDATE"): "UPDATE investment SET budget_ore = 2 WHERE namnd_id = {n}",
        ("investment", "DELETE"): "DELETE FROM investment WHERE namnd_id = {n}",
        ("personnel", "SELECT"): "SELECT count(*) FROM personnel WHERE namnd_id = {n}",
        ("personnel", "INSERT"): "INSERT INTO personnel VALUES ({n}, 'Enhet', 2020, 3, 'inhyrda', 2, 2)",
        ("personnel", "UPDATE"): "UPDATE personnel SET value = 11 WHERE namnd_id = {n}",
        ("personnel", "DELETE"): "DELETE FROM personnel WHERE namnd_id = {n}",
        ("report_decision", "SELECT"): "SELECT count(*) FROM report_decision WHERE namnd_id = {n}",
        ("report_decision", "INSERT"): "INSERT INTO report_decision (namnd_id, year, month, kind, dnr, decided_on, "
                                       "recorded_at, recorded_by, template, program, content_hash, snapshot, document_hash, "
                                       "document) VALUES ({n}, 2020, 4, 'tertial', 'D2', '2020-05-20', '', '', '', '', '', '', '', '')",
        ("report_decision", "UPDATE"): "UPDATE report_decision SET snapshot = 'ändrat' WHERE namnd_id = {n}",
        ("report_decision", "DELETE"): "DELETE FROM report_decision WHERE namnd_id = {n}",
        ("verksamhet", "SELECT"): "SELECT count(*) FROM verksamhet WHERE namnd_id = {n}",
        ("verksamhet", "INSERT"): "INSERT INTO verksamhet (namnd_id, name, path, ordering) VALUES ({n}, 'Ny', 'Ny', 3)",
        ("verksamhet", "UPDATE"): "UPDATE verksamhet SET ordering = 9 WHERE id = {e}",
        ("verksamhet", "DELETE"): "DELETE FROM verksamhet WHERE id = {e}",
        ("namnd", "SELECT"): "SELECT count(*) FROM namnd WHERE id = {n}",
        ("namnd", "UPDATE"): "UPDATE namnd SET name = name || '!' WHERE id = {n}",
        ("period_lock", "SELECT"): "SELECT count(*) FROM period_lock WHERE namnd_id = {n}",
        ("period_lock", "INSERT"): "INSERT INTO period_lock VALUES ({n}, 2022, 0, 'x', 'x', 'x')",
        ("period_lock", "UPDATE"): "UPDATE period_lock SET reason = 'y' WHERE namnd_id = {n}",
        ("period_lock", "DELETE"): "DELETE FROM period_lock WHERE namnd_id = {n}",
        ("ledger_figure", "SELECT"): "SELECT count(*) FROM ledger_figure WHERE verksamhet_id = {v}",
        ("ledger_figure", "INSERT"): "INSERT INTO ledger_figure VALUES ({v}, 2021, 3, 'utfall_netto', '', 5)",
        ("ledger_figure", "UPDATE"): "UPDATE ledger_figure SET amount_ore = amount_ore + 1 WHERE verksamhet_id = {v}",
        ("ledger_figure", "DELETE"): "DELETE FROM ledger_figure WHERE verksamhet_id = {v}",
        ("ledger_figure", "LOCKED"): "INSERT INTO ledger_figure VALUES ({v}, 2019, 5, 'utfall_netto', '', 5)",
        ("konto_mapping", "SELECT"): "SELECT count(*) FROM konto_mapping WHERE kommun = '{k}'",
        ("konto_mapping", "INSERT"): "INSERT INTO konto_mapping VALUES ('{k}', 5000, 5999, 'personal')",
        ("konto_mapping", "UPDATE"): "UPDATE konto_mapping SET konto_to = 4998 WHERE kommun = '{k}'",
        ("konto_mapping", "DELETE"): "DELETE FROM konto_mapping WHERE kommun = '{k}'",
        ("audit_log", "SELECT"): "SELECT count(*) FROM audit_log WHERE namnd_id = {n}",
        ("audit_log", "INSERT"): "INSERT INTO audit_log (at, who, entity, namnd_id, what, reason) VALUES ('', 'falsk', 'x', {n}, 'x', '')",
        ("audit_log", "UPDATE"): "UPDATE audit_log SET what = 'ändrad' WHERE namnd_id = {n}",
        ("audit_log", "DELETE"): "DELETE FROM audit_log WHERE namnd_id = {n}",
    }
    shared = {
        ("kolada_value", "SELECT"): "SELECT count(*) FROM kolada_value",
        ("kolada_value", "INSERT"): "INSERT INTO kolada_value VALUES ('N2', '0182', 2020, 'T', 2, NULL, '', '', '')",
        ("kolada_value", "UPDATE"): "UPDATE kolada_value SET value = 3",
        ("kolada_value", "DELETE"): "DELETE FROM kolada_value",
        ("kolada_user_group", "SELECT"): "SELECT count(*) FROM kolada_user_group",
        ("kolada_user_group", "INSERT"): "INSERT INTO kolada_user_group VALUES (2, 'Annan')",
        ("kolada_user_group", "UPDATE"): "UPDATE kolada_user_group SET title = 'X'",
        ("kolada_user_group", "DELETE"): "DELETE FROM kolada_user_group",
        ("user_namnd", "INSERT"): "INSERT INTO user_namnd VALUES ('x', '0182', 'UBN')",
        ("user_namnd", "DELETE"): "DELETE FROM user_namnd WHERE namnd = 'SOCN'",
        ("schema_version", "UPDATE"): "UPDATE schema_version SET version = 99",
    }
    own = {"n": 1, "v": 11, "e": 12, "k": "0182"}
    foreign = {"n": 2, "v": 21, "e": 22, "k": "0126"}

    def allowed(role, table, command, mine):
        figures = {"figure", "forecast_method", "investment", "verksamhet", "ledger_figure", "konto_mapping", "personnel"}
        if command == "LOCKED":
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
        if table == "schema_version":
            return False
        if table == "user_namnd":
            return role == "adm"
        if command == "SELECT":
            return True
        return role in ("ana", "adm")

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
                ok, said = outcome(psql(db, role, "BEGIN;\n%s;\nROLLBACK;\n" % sql.format(**ids)))
                want = allowed(role, table, command, mine)
                total += 1
                if ok != want:
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
