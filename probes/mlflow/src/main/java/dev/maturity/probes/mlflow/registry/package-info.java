/** The model registry: registered models and versions, which version is in production, and the probes over them. */
package dev.maturity.probes.mlflow.registry;
