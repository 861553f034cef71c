package dev.maturity.probes.mlflow.client;

import dev.maturity.core.spi.SourceStatus;
import java.util.Objects;

/**
 * Reading the tracking server failed in a way the scan reports rather than crashes on: forbidden,
 * unreachable or malformed. The message names the endpoint and the HTTP status, never a credential.
 */
public final class MlflowReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final SourceStatus status;

    public MlflowReadException(SourceStatus status, String message) {
        super(message, null, false, false);
        this.status = Objects.requireNonNull(status, "status");
    }

    /** {@code FORBIDDEN} (401/403), {@code UNAVAILABLE} (unreachable, timeouts, budget) or {@code ERROR} (malformed data). */
    public SourceStatus status() {
        return status;
    }
}
