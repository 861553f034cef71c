#!/bin/sh
# Accuracy bench (a command, not a test): scans every judged repository of the corpus at its
# pinned commit with the packaged jar and compares each axis x track with the reviewer's range.
# Usage: bench/accuracy/run.sh [MIRRORS_DIR] [owner/name ...]
#   MIRRORS_DIR holds bare mirrors as owner+name/repo (default /work/.mirror).
# Writes target/accuracy/accuracy.md (the table docs/accuracy.md records) and prints it.
set -e
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mirrors="${1:-/work/.mirror}"
[ $# -gt 0 ] && shift
mvn -B -q package -DskipTests
mvn -B -q -pl cli -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/accuracy.cp -Dmdep.includeScope=test
exec java -cp "cli/target/test-classes:cli/target/classes:$(cat cli/target/accuracy.cp)" \
    dev.maturity.cli.accuracy.AccuracyBench bench/accuracy/corpus "$mirrors" cli/target/maturity.jar \
    target/accuracy "$@"
