/** Read-only, bounded, secret-safe HTTP to an MLflow tracking server, decoding into mlflow-client's protobuf types. */
package dev.maturity.probes.mlflow.client;
