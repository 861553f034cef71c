#!/bin/sh
# MLflow listing benchmark: the collector vs a plain OkHttp loop over the same pages.
# Usage: probes/mlflow/bench/mlflow-bench.sh [MODELS=100] [VERSIONS_PER_MODEL=100] [MAX_RUNS=10000] [ROUNDS=5]
set -e
cd "$(dirname "$0")/../../.."
mvn -B -o -q -pl probes/mlflow -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
CP="probes/mlflow/target/test-classes:probes/mlflow/target/classes:$(cat probes/mlflow/target/bench.cp)"
exec java -Xmx1g -cp "$CP" dev.maturity.probes.mlflow.bench.ListingBenchmark "$@"
