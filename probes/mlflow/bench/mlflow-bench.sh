#!/bin/sh
# MLflow listing benchmark: the collector vs plain OkHttp fetching the same pages with the same number of
# requests in flight (the collector's ReadSettings.concurrency, 4 by default; -Dconcurrency=N via JAVA_OPTS sets both).
# Usage: probes/mlflow/bench/mlflow-bench.sh [MODELS=100] [VERSIONS_PER_MODEL=100] [MAX_RUNS=10000] [ROUNDS=5]
set -e
cd "$(dirname "$0")/../../.."
mvn -B -o -q -pl probes/mlflow -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
CP="probes/mlflow/target/test-classes:probes/mlflow/target/classes:$(cat probes/mlflow/target/bench.cp)"
exec java -Xmx1g ${JAVA_OPTS:-} -cp "$CP" dev.maturity.probes.mlflow.bench.ListingBenchmark "$@"
