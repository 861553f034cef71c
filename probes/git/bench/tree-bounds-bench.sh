#!/bin/sh
# Benchmark command (not a test): the cost of the tree-bounds guard (TreeBounds) on an ordinary large
# repository — the recursive walk of HEAD's tree and the history pass's per-commit diffs, each
# without and with the guard, interleaved in one JVM with -Xmx512m; prints medians and ratios.
# Usage: probes/git/bench/tree-bounds-bench.sh [REPO_DIR] [COMMITS] [ROUNDS]
set -e
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
mvn -B -o -q -pl probes/git -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cd probes/git
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    dev.maturity.probes.git.bench.TreeBoundsBenchmark "${1:-target/bench-repo.git}" "${2:-100000}" "${3:-5}"
