/** Tracking runs: what they logged and read, and the probes over them. */
package dev.maturity.probes.mlflow.runs;
