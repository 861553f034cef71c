package dev.maturity.core.gate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.AxisResult;
import java.util.List;

/**
 * The gate's verdict: violations (regressions, floors), warnings, whether the scan was incomplete,
 * the floors it held the report to, and the diff against the baseline when there was one.
 */
public record GateResult(List<Violation> violations, List<String> warnings, List<String> incomplete,
                         List<Floor> floors, ReportDiff diff) {

    /** No gate configured. */
    public static final GateResult NONE = new GateResult(List.of(), List.of(), List.of(), List.of(), null);

    public GateResult {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
        incomplete = List.copyOf(incomplete);
        floors = List.copyOf(floors);
    }

    @JsonIgnore
    public boolean passed() {
        return violations.isEmpty();
    }

    public List<Violation> violations(Axis axis, Track track) {
        return violations.stream().filter(v -> v.axis() == axis && v.track() == track).toList();
    }

    /**
     * The level an axis x track is held to: the next level above the current one, or the highest
     * floor on it when that is higher. Criteria at or below it are the ones worth reporting.
     */
    public int target(AxisResult a) {
        int current = a.levelWithWaivers() != null ? a.levelWithWaivers() : a.level() == null ? 1 : a.level();
        int target = Math.min(5, current + 1);
        for (Floor f : floors) {
            if (f.covers(a.axis(), a.track())) {
                target = Math.max(target, f.level());
            }
        }
        return target;
    }
}
