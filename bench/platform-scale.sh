#!/usr/bin/env bash
# Scale benchmark (a command, not a test): N generated repositories (default 200, mixed sizes) in one
# platform scan on 2 cores, against the sum of scanning each alone and against the largest alone.
# Usage: bench/platform-scale.sh [WORK_DIR]     (N=... to change the count)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/maturity-bench}
n=${N:-200}
[ -f cli/target/maturity.jar ] || mvn -B -o -q -pl cli -am package -DskipTests
[ -f "$work/maturity.yaml" ] || python3 bench/generate-platform.py "$work" "$n"
# Each run: wall and CPU seconds of the whole process (JVM start, config, history writes, output).
run() { local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/$name.time" taskset -c 0,1 java -jar cli/target/maturity.jar scan "$@" \
    --history "$work/$name.db" --format json -o "$work/$name.json" 2>"$work/$name.log"; }
rm -f "$work"/*.db
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run parallel --config "$work/maturity.yaml" --parallel 2
run sequential --config "$work/maturity.yaml" --parallel 1
run largest --config "$work/largest.yaml" --parallel 1
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def t(name):
    wall, user, sys_ = map(float, open(f"{work}/{name}.time").read().split()[-3:])
    return wall, user + sys_
par = json.load(open(work + "/parallel.json"))["targets"]
seq = json.load(open(work + "/sequential.json"))["targets"]
big = json.load(open(work + "/largest.json"))["targets"][0]
(pw, pc), (sw, sc), (bw, bc) = t("parallel"), t("sequential"), t("largest")
alone = sum(x["elapsedMillis"] for x in seq) / 1000
print(f"targets: {len(par)} ({sum(1 for x in par if x['status'] == 'SCORED')} scored)")
print(f"platform scan, --parallel 2 on 2 cores: {pw:.1f} s wall, {pc:.1f} s CPU")
print(f"each alone, one after another (--parallel 1): {sw:.1f} s wall, {sc:.1f} s CPU; sum of per-target scan times {alone:.1f} s")
print(f"largest alone ({big['name']}), fresh JVM: {bw:.1f} s wall, {bc:.1f} s CPU; its scan {big['elapsedMillis'] / 1000:.1f} s")
print(f"platform wall vs each-alone wall: {sw / pw:.2f}x faster; vs the floor (largest alone): {pw / bw:.1f}x the floor")
PY
