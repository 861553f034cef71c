#!/usr/bin/env bash
# Builds two fixture repositories (a classical churn model with DVC, pinned deps and MLflow
# tracking; an LLM support assistant with prompts and a promptfoo suite run on pull requests),
# serves a fixture MLflow registry for the first, and scans both: the README's sample output.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
mvn -B -q package -DskipTests dependency:build-classpath -pl cli,src-test-fixtures -am \
    -Dmdep.outputFile=target/cp.txt
cp="src-test-fixtures/target/classes:scanner-core/target/classes:$(cat src-test-fixtures/target/cp.txt)"
java -cp "$cp" dev.maturity.fixtures.platforms.DemoPlatforms "$work"
java -cp "$cp" dev.maturity.fixtures.mlflow.MlflowServerMain level2 "$work/churn-model" \
    "$(git -C "$work/churn-model" rev-parse HEAD)" > "$work/mlflow.uri" 2>/dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 60); do [ -s "$work/mlflow.uri" ] && break; sleep 0.5; done
cd "$work"
java -jar "$OLDPWD/cli/target/maturity.jar" scan churn-model support-assistant \
    --mlflow "$(head -1 mlflow.uri)" --as-of 2026-11-30 "${@:2}"
