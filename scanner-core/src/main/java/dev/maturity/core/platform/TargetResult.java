package dev.maturity.core.platform;

import dev.maturity.core.score.Report;
import java.time.Duration;
import java.util.Objects;

/** How one target's scan ended: scored with a report, or failed / timed out with the reason. */
public record TargetResult(Target target, Status status, Report report, String reason, Duration elapsed) {

    /** The end state of a target's scan. */
    public enum Status { SCORED, FAILED, TIMED_OUT }

    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        if (status == Status.SCORED) {
            Objects.requireNonNull(report, "report");
        }
        reason = reason == null ? "" : reason;
    }

    public boolean scored() {
        return status == Status.SCORED;
    }
}
