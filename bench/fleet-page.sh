#!/usr/bin/env bash
# Fleet page at scale (a command, not a test): a generated history of TARGETS targets x SCANS weekly
# scans (default 1000 x 52, three platforms, real rubric criteria, stored reports as a platform scan
# writes them), then, interleaved in fresh JVMs of the jar users run, `maturity history --format html`
# (the fleet page) against `--format json` (the trends listing that existed before, same store) —
# wall time, peak RSS, output size — and the query plan of every history read on the store.
# Usage: bench/fleet-page.sh [WORK_DIR]      (default /dev/shm/maturity-fleet: generation writes
#        ~3.3 GB of SQLite and takes ~8 min on 2 cores; reused afterwards)
#        PG_URL=jdbc:postgresql://...  also times the page and checks the plans on PostgreSQL, filled
#        by copying the generated SQLite store (bench/fleet-sqlite2pg.py) when its scans table is empty.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/dev/shm/maturity-fleet}
targets=${TARGETS:-1000}
scans=${SCANS:-52}
rounds=${ROUNDS:-3}
mkdir -p "$work"
[ -f cli/target/maturity.jar ] || mvn -B -q package -DskipTests
mvn -B -q -o -pl scanner-core test-compile
mvn -B -q -o -pl scanner-core dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
cp="scanner-core/target/test-classes:scanner-core/target/classes:$(cat "$work/cp.txt")"
bench() { java -Xmx2g -cp "$cp" dev.maturity.core.bench.FleetHistoryBench "$@" 2>/dev/null; }
store="$work/history-${targets}x${scans}.db"
[ -f "$store" ] || bench generate "$store" "$targets" "$scans"

run() { local name=$1 location=$2 format=$3
  /usr/bin/time -f "%e %M %U %S" -o "$work/$name.$format.time" java -jar cli/target/maturity.jar history --history "$location" \
    --format "$format" -o "$work/$name.$format" 2>"$work/$name.$format.log"
  cat "$work/$name.$format.time" >> "$work/$name.$format.times"; }
summary() { python3 - "$work" "$1" <<'PY'
import os, statistics, sys
work, name = sys.argv[1], sys.argv[2]
def read(fmt):
    rows = [list(map(float, l.split())) for l in open(f"{work}/{name}.{fmt}.times") if l.strip()]
    return (statistics.median(r[0] for r in rows), statistics.median(r[2] + r[3] for r in rows),
            max(r[1] for r in rows) / 1024, os.path.getsize(f"{work}/{name}.{fmt}") / 1e6, len(rows))
(hw, hc, hm, hs, n), (jw, jc, jm, js, _) = read("html"), read("json")
print(f"{name}: {n} rounds, medians of wall and CPU (user+sys), peak RSS, output size")
print(f"  history --format html (fleet page): {hw:6.2f} s wall {hc:6.2f} s CPU {hm:6.0f} MB {hs:6.2f} MB")
print(f"  history --format json (trends)    : {jw:6.2f} s wall {jc:6.2f} s CPU {jm:6.0f} MB {js:6.2f} MB")
print(f"  page / trends listing: {hw / jw:.2f}x the wall time, {hc / jc:.2f}x the CPU time")
PY
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$work"/sqlite.*.times "$work"/pg.*.times
for _ in $(seq "$rounds"); do run sqlite "$store" html; run sqlite "$store" json; done
summary sqlite
bench plans "$store"
if [ -n "${PG_URL:-}" ]; then
  bench open "$PG_URL"
  python3 bench/fleet-sqlite2pg.py "$store" "$PG_URL"
  for _ in $(seq "$rounds"); do run pg "$PG_URL" html; run pg "$PG_URL" json; done
  summary pg
  bench plans "$PG_URL"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
