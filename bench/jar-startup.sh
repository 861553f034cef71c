#!/usr/bin/env bash
# Jar size and `java -jar JAR --version` start-up of two builds of the jar, interleaved round by
# round (the order alternates) so both see the same machine load; prints per-jar medians and the
# ratio NEW/OLD, for wall time and for CPU time (user + system: steadier on a loaded machine).
# Round 0 is a warm-up (page cache) and is not counted.
#   bench/jar-startup.sh OLD.jar NEW.jar [ROUNDS]      (default 15 rounds)
# A baseline jar: git worktree add /tmp/base <commit> && (cd /tmp/base && mvn -B -q package -DskipTests)
set -euo pipefail
old=${1:?old jar}; new=${2:?new jar}; rounds=${3:-15}
java=${JAVA:-java}
run() { # prints "wall_ms cpu_ms" of one --version run (cpu: user + system of the JVM)
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$java" -jar "$1" --version >/dev/null 2>&1; } 2>&1 )
  awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d %d\n", a[1] * 1000, (a[2] + a[3]) * 1000 }'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
ow=(); oc=(); nw=(); nc=()
for ((i = 0; i <= rounds; i++)); do
  if (( i % 2 )); then o=$(run "$old"); n=$(run "$new"); else n=$(run "$new"); o=$(run "$old"); fi
  (( i == 0 )) && continue
  ow+=("${o% *}"); oc+=("${o#* }"); nw+=("${n% *}"); nc+=("${n#* }")
done
mow=$(printf '%s\n' "${ow[@]}" | median); mnw=$(printf '%s\n' "${nw[@]}" | median)
moc=$(printf '%s\n' "${oc[@]}" | median); mnc=$(printf '%s\n' "${nc[@]}" | median)
so=$(stat -c %s "$old"); sn=$(stat -c %s "$new")
awk -v so="$so" -v sn="$sn" -v mo="$mow" -v mn="$mnw" -v co="$moc" -v cn="$mnc" -v r="$rounds" 'BEGIN {
  printf "jar            %12s %12s\n", "old", "new"
  printf "size (bytes)   %12d %12d   ratio %.3f\n", so, sn, sn / so
  printf "size (MiB)     %12.1f %12.1f\n", so / 1048576, sn / 1048576
  printf "--version wall %9d ms %9d ms   ratio %.3f   (medians of %d interleaved rounds)\n", mo, mn, mn / mo, r
  printf "--version cpu  %9d ms %9d ms   ratio %.3f   (user + system)\n", co, cn, cn / co
}'
echo "old wall: ${ow[*]}"
echo "new wall: ${nw[*]}"
