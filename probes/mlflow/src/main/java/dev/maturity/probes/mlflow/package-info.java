/** The MLflow source: a collector reading a tracking server, and the probes answering from what it read. */
package dev.maturity.probes.mlflow;
