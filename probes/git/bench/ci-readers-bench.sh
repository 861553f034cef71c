#!/bin/sh
# CI readers benchmark: (1) the CI extractor against the GitHub + GitLab extractors alone, interleaved
# in one JVM, over the committed tree of REPO; (2) which CI reader classes a scan of REPO loads
# (java -Xlog:class+load with the packaged jar): a repository without a system's files loads none of
# that system's reader classes.
# Usage: probes/git/bench/ci-readers-bench.sh REPO [ROUNDS]
set -e
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
repo="$1"
rounds="${2:-5}"
mvn -B -q -o -pl probes/git -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/ci-bench.cp -Dmdep.includeScope=test
java -Xmx512m -cp "probes/git/target/test-classes:probes/git/target/classes:$(cat probes/git/target/ci-bench.cp)" \
    dev.maturity.probes.git.bench.CiReadersBenchmark "$repo" "$rounds"
[ -f cli/target/maturity.jar ] || mvn -B -q package -DskipTests
log="$(mktemp)"
java -Xlog:class+load=info:file="$log" -jar cli/target/maturity.jar scan "$repo" --format json -o /dev/null >/dev/null 2>&1 || true
echo "CI classes loaded by a scan of $repo (distinct classes per package, lambdas included):"
grep -o ' dev\.maturity\.probes\.git\.ci\.[A-Za-z0-9.$]*' "$log" | sort -u | sed 's/\.[A-Z][A-Za-z0-9$]*$//' | sort | uniq -c
echo "total classes loaded: $(grep -c 'source:' "$log")"
rm -f "$log"
