/** MLflow tracing: recent traces, their token usage and cost, and how they are attributed. */
package dev.maturity.probes.mlflow.traces;
