#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 11's experiment, kept as a test: N deterministic mutants of real input files (the fuzz
# mutator: bit flips, deleted/duplicated chunks, tokens, line ends, UTF-16) are imported by the
# real `tertial-cli` into a copy of the demo database, one process each. Every run must end with
# exit 0 (imported; the database passes integrity_check) or 1 (refused; the database is
# byte-identical and the message names the file and a line) — never a signal (crash, sanitizer
# abort) and never the time limit (hang). Before issue 11: 4 crashes and 3 hangs in 400.
#
# mutated_imports.sh KIND CLI FUZZER DEMO_DB WORKDIR COUNT SEED SEEDFILE...
#   KIND figures: `tertial-cli import DB MUTANT`
#   KIND ledger:  `tertial-cli import-erp DB MUTANT --kommun 0126 --namnd SN` (Huddinge, seed 003)
#                 with LEDGER_ANSVAR / LEDGER_KONTOSLAG mapping files in the environment
set -uo pipefail
kind=$1 cli=$2 fuzzer=$3 demo=$4 work=$5 count=$6 seed=$7
shift 7
limit=${TERTIAL_MUTANT_TIME_LIMIT:-20}

rm -rf "$work" && mkdir -p "$work/mutants" || exit 2
"$fuzzer" --mutations "$count" --seed "$seed" --write-mutants "$work/mutants" "$@" >/dev/null || exit 2
cp "$demo" "$work/original.tertial" || exit 2
if [ "$kind" = figures ]; then
  # Beside the random mutants, the hostile files of issue 11 itself (each crashed, hung or was
  # accepted with wrong figures before): verksamhet paths of 5 000, 20 000 and 100 000 levels, a
  # 4 MB field, amounts that wrapped 64 bits in the netto check and in the table's Summa.
  python3 - "$work/mutants" <<'PY' || exit 2
import sys
out = sys.argv[1]
head = "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
def write(name, rows):
    with open(f"{out}/hostile-{name}.csv", "w", encoding="utf-8") as f:
        f.write(head + "".join(rows))
for levels in (5000, 20000, 100000):
    write(f"path-{levels}-levels", ["0182;SOCN;" + " > ".join(["A"] * levels) + ";2017;10;utfall_netto;-1;tkr\n"])
write("field-4mb", ["0182;SOCN;" + "B" * 4_000_000 + ";2017;10;utfall_netto;-1;tkr\n"])
write("netto-wraps", ["0182;SOCN;Barn och unga;2017;10;utfall_intakter;92 233 720 368 547 758;kr\n",
                      "0182;SOCN;Barn och unga;2017;10;utfall_kostnader;92 233 720 368 547 758;kr\n",
                      "0182;SOCN;Barn och unga;2017;10;utfall_netto;-0,04;kr\n"])
write("summa-wraps", ["0182;SOCN;Barn och unga;2017;10;utfall_kostnader;-60 000 000 000 000 000;kr\n",
                      "0182;SOCN;Vuxna 21-64 år;2017;10;utfall_kostnader;-60 000 000 000 000 000;kr\n"])
PY
fi

# One mutant: prints "ok imported", "ok refused" or "FAIL <what>" with the mutant's name.
run_one() {
  local mutant=$1 db out err rc
  db="$work/$(basename "$mutant").tertial"
  cp "$work/original.tertial" "$db"
  err="$db.stderr"
  if [ "$kind" = ledger ]; then
    timeout -s KILL "$limit" "$cli" import-erp "$db" "$mutant" --kommun 0126 --namnd SN \
      --ansvar "$LEDGER_ANSVAR" --kontoslag "$LEDGER_KONTOSLAG" >/dev/null 2>"$err"
  else
    timeout -s KILL "$limit" "$cli" import "$db" "$mutant" >/dev/null 2>"$err"
  fi
  rc=$?
  case $rc in
    0)
      out=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1)
      if [ "$out" = ok ]; then echo "ok imported $mutant"; else echo "FAIL integrity_check '$out' $mutant"; fi ;;
    1)
      if ! cmp -s "$db" "$work/original.tertial"; then
        echo "FAIL refused but the database changed $mutant"
      elif ! grep -qF "$mutant" "$err"; then
        echo "FAIL refused without naming the file: $(head -c 300 "$err") $mutant"
      else
        echo "ok refused $mutant"
      fi ;;
    137) echo "FAIL hang (over ${limit} s) $mutant" ;;
    *) echo "FAIL exit code $rc: $(tail -c 400 "$err") $mutant" ;;
  esac
  rm -f "$db" "$db-wal" "$db-shm" "$err"
}
export -f run_one
export kind cli work limit

start=$(date +%s)
results=$(find "$work/mutants" -type f | sort | xargs -P 2 -I{} bash -c 'run_one "$@"' _ {})
end=$(date +%s)
imported=$(grep -c '^ok imported' <<<"$results")
refused=$(grep -c '^ok refused' <<<"$results")
failed=$(grep -c '^FAIL' <<<"$results")
echo "mutated imports ($kind, seed $seed): $(find "$work/mutants" -type f | wc -l) files in $((end - start)) s: $imported imported, $refused refused, $failed failed"
if [ "$failed" -gt 0 ]; then
  grep '^FAIL' <<<"$results"
  echo "(the mutants are kept in $work/mutants)"
  exit 1
fi
total=$(find "$work/mutants" -type f | wc -l)
[ $((imported + refused)) -eq "$total" ] || { echo "expected $total results"; exit 1; }
# The hostile files of issue 11 are wrong figures or impossible trees: every one refused.
if [ "$kind" = figures ] && grep -q '^ok imported .*/hostile-' <<<"$results"; then
  grep '^ok imported .*/hostile-' <<<"$results" | sed 's/^ok imported/FAIL accepted/'
  exit 1
fi
rm -rf "$work"
