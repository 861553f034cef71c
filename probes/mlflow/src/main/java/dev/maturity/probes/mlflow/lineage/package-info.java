/** Lineage of production versions: run, git commit, data, metrics and how they were built. */
package dev.maturity.probes.mlflow.lineage;
