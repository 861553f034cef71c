package dev.maturity.probes.mlflow.client;

/** A message as decoded, with the digest of the JSON text the server sent for it. */
public record Read<M>(M message, String digest) {
}
