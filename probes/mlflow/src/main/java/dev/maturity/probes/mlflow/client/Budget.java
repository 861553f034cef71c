package dev.maturity.probes.mlflow.client;

import java.time.Duration;

/** A total time allowance that starts when it is made and only runs down. */
final class Budget {

    private final long deadlineNanos;

    Budget(Duration total) {
        this.deadlineNanos = System.nanoTime() + total.toNanos();
    }

    Duration remaining() {
        long left = deadlineNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }
}
