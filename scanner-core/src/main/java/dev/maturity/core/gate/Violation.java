package dev.maturity.core.gate;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import java.util.List;

/**
 * One way the gate failed for one axis x track: a level drop against the baseline, or a level
 * below a floor, with the criteria that caused it.
 *
 * @param expected the baseline level or the floor
 * @param actual   the level now (with waivers)
 */
public record Violation(Kind kind, Axis axis, Track track, int expected, int actual, List<String> criteria,
                        String message) {

    public Violation {
        criteria = List.copyOf(criteria);
    }

    /** Why the gate failed. */
    public enum Kind { REGRESSION, BELOW_FLOOR }
}
