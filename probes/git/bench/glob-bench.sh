#!/bin/sh
# Benchmark command (not a test): ML path classification by MlPaths (RE2, one expression per kind)
# against the JDK PathMatcher per glob it replaced, same generated paths, interleaved rounds.
# Usage: probes/git/bench/glob-bench.sh [PATHS] [ROUNDS]
set -e
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
mvn -B -o -q -pl probes/git -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cd probes/git
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    dev.maturity.probes.git.bench.GlobBenchmark "${1:-200000}" "${2:-5}"
