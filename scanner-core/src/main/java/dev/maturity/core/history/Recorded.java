package dev.maturity.core.history;

import dev.maturity.core.score.Report;
import java.util.Objects;

/** What to append for one target's scan: its names, how it ended, and the report when it was scored. */
public record Recorded(String target, String platform, String team, String status, String reason, Report report) {
    public Recorded {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
    }

    /** A scored scan of an ad-hoc target with no platform. */
    public static Recorded scored(String target, Report report) {
        return new Recorded(target, null, null, "SCORED", "", report);
    }
}
