package dev.maturity.probes.mlflow.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on how the tracking server is read: timeouts, retries, the total time budget, page size,
 * concurrency and how many runs and traces to sample.
 *
 * @param maxAttempts   attempts per request, the first included
 * @param backoffBase   first retry delay before jitter; doubles per attempt up to {@code backoffMax}
 * @param budget        total wall time for the whole MLflow read
 * @param concurrency   requests in flight at once
 * @param maxRuns       most recent runs read from active experiments
 * @param maxTraces     most recent traces read
 */
public record ReadSettings(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration backoffBase,
                           Duration backoffMax, Duration budget, int pageSize, int concurrency, int maxRuns,
                           int maxTraces) {

    public static final ReadSettings DEFAULTS = new ReadSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 4,
            Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofMinutes(5), 1000, 4, 10_000, 2_000);

    public ReadSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(backoffBase, "backoffBase");
        Objects.requireNonNull(backoffMax, "backoffMax");
        Objects.requireNonNull(budget, "budget");
        if (maxAttempts < 1 || pageSize < 1 || concurrency < 1 || maxRuns < 0 || maxTraces < 0) {
            throw new IllegalArgumentException("read settings out of range: " + maxAttempts + " attempts, page "
                    + pageSize + ", concurrency " + concurrency);
        }
    }

    public ReadSettings withTimeouts(Duration connect, Duration read) {
        return new ReadSettings(connect, read, maxAttempts, backoffBase, backoffMax, budget, pageSize, concurrency,
                maxRuns, maxTraces);
    }

    public ReadSettings withRetries(int attempts, Duration base, Duration max) {
        return new ReadSettings(connectTimeout, readTimeout, attempts, base, max, budget, pageSize, concurrency,
                maxRuns, maxTraces);
    }

    public ReadSettings withBudget(Duration total) {
        return new ReadSettings(connectTimeout, readTimeout, maxAttempts, backoffBase, backoffMax, total, pageSize,
                concurrency, maxRuns, maxTraces);
    }

    public ReadSettings withPageSize(int size) {
        return new ReadSettings(connectTimeout, readTimeout, maxAttempts, backoffBase, backoffMax, budget, size,
                concurrency, maxRuns, maxTraces);
    }

    public ReadSettings withConcurrency(int n) {
        return new ReadSettings(connectTimeout, readTimeout, maxAttempts, backoffBase, backoffMax, budget, pageSize,
                n, maxRuns, maxTraces);
    }
}
