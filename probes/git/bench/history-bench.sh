#!/bin/sh
# Benchmark command (not a test): maturity's one-pass git history analysis against
# `git log --name-only` over the same ML path sets, on a generated repository of
# >= 100,000 commits and >= 20,000 files, in one JVM with -Xmx512m.
# Usage: probes/git/bench/history-bench.sh [REPO_DIR] [COMMITS] [ROUNDS]
set -e
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
mvn -B -o -q -pl probes/git -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cd probes/git
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    dev.maturity.probes.git.bench.HistoryBenchmark "${1:-target/bench-repo.git}" "${2:-100000}" "${3:-3}"
