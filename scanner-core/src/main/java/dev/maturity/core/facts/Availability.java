package dev.maturity.core.facts;

import java.util.Objects;

/**
 * Whether a domain of facts (for example {@code git.tree}, {@code mlflow.registry},
 * {@code kubernetes.kueue}) was read fully; when it was not, why. Probes answer
 * {@code UNKNOWN} with this reason rather than {@code NOT_MET}.
 */
public record Availability(String domain, boolean available, String reason) {

    public Availability {
        Objects.requireNonNull(domain, "domain");
        reason = reason == null ? "" : reason;
    }

    public static Availability read(String domain) {
        return new Availability(domain, true, "");
    }

    public static Availability unavailable(String domain, String reason) {
        return new Availability(domain, false, reason);
    }
}
