#!/bin/sh
# Benchmark command (not a test): a whole `java -jar cli/target/maturity.jar scan` of one repository (JVM defaults,
# JSON to a temporary file) against a baseline command, interleaved (the order alternates every round), after one
# warm-up round of each (not counted). Prints every round's wall time and peak RSS (/usr/bin/time), the medians with
# min and max, the ratio of the medians and the load average before and after.
#
#   bench/scan-bench.sh git-log REPO [ROUNDS]   baseline: C git listing the whole history,
#                                               git log --name-only --no-renames (output to /dev/null)
#   bench/scan-bench.sh version REPO [ROUNDS]   baseline: java -jar cli/target/maturity.jar --version (JVM start-up)
#
# ROUNDS defaults to 5. JAVA_OPTS (e.g. -Xmx512m) is given to the scan's JVM only; unset, the scan runs with the
# JVM's defaults. Build the jar first: mvn -B -q package -DskipTests
set -e
mode="$1"; repo="$2"; rounds="${3:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/cli/target/maturity.jar"
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests" >&2; exit 2; }
[ -d "$repo" ] || { echo "usage: $0 git-log|version REPO [ROUNDS]" >&2; exit 2; }
case "$mode" in
  git-log) baseline="git -C $repo log --name-only --no-renames" ;;
  version) baseline="java -jar $jar --version" ;;
  *) echo "usage: $0 git-log|version REPO [ROUNDS]" >&2; exit 2 ;;
esac
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
scan="java ${JAVA_OPTS:-} -jar $jar scan $repo --format json --output $out/report.json"
run() { # run NAME COMMAND...: appends "wall_s rss_kb" to $out/NAME
  name="$1"; shift
  /usr/bin/time -o "$out/t" -f "%e %M" "$@" > /dev/null 2> "$out/err" || { cat "$out/err" >&2; exit 1; }
  cat "$out/t" >> "$out/$name"
  tail -1 "$out/t"
}
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) processors; $(git --version); $(java -version 2>&1 | head -1)"
echo "baseline: $baseline"
echo "scan:     $scan"
for r in $(seq 0 "$rounds"); do
  if [ $((r % 2)) -eq 0 ]; then
    b=$(run base $baseline); s=$(run scan $scan)
  else
    s=$(run scan $scan); b=$(run base $baseline)
  fi
  if [ "$r" -eq 0 ]; then : > "$out/base"; : > "$out/scan"; label="warm-up"; else label="round $r"; fi
  echo "$label: baseline $(echo $b | cut -d' ' -f1) s ($(echo $b | cut -d' ' -f2) KB), scan $(echo $s | cut -d' ' -f1) s ($(echo $s | cut -d' ' -f2) KB max RSS); load $(cut -d' ' -f1 /proc/loadavg)"
done
stats() { sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%.2f %.2f %.2f", m, v[1], v[NR]}'; }
set -- $(cut -d' ' -f1 "$out/base" | stats); bm=$1; bmin=$2; bmax=$3
set -- $(cut -d' ' -f1 "$out/scan" | stats); sm=$1; smin=$2; smax=$3
rss=$(cut -d' ' -f2 "$out/scan" | sort -n | tail -1)
echo "baseline median $bm s (min $bmin, max $bmax); scan median $sm s (min $smin, max $smax); ratio $(awk "BEGIN {printf \"%.2f\", $sm / $bm}")x"
echo "scan peak RSS over the rounds: $((rss / 1024)) MB"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
