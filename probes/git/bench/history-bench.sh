#!/bin/sh
# Benchmark command (not a test): the git collector's history pass against C git listing the same history
# (`git log --name-only --no-renames --diff-merges=first-parent`, every path classified in Java by the same
# MlPaths), with and without a commit-graph, interleaved, on a generated repository of 100,000 commits and
# 21,400 files. Prints every round, medians with min and max, the ratios and the load average.
# Usage: probes/git/bench/history-bench.sh [REPO_DIR] [COMMITS] [ROUNDS]   (JAVA_OPTS: extra JVM flags)
set -e
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
mvn -B -o -q -pl probes/git -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cd probes/git
exec java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    dev.maturity.probes.git.bench.HistoryBenchmark "${1:-target/bench-repo.git}" "${2:-100000}" "${3:-5}"
