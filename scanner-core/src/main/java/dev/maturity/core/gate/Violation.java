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

    /** Why the gate failed: a level drop, a level under a floor, or a new waiver hiding a criterion the baseline met. */
    public enum Kind {
        REGRESSION("regression"), BELOW_FLOOR("below floor"), POLICY_CHANGE("policy change");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How reports name it. */
        public String label() {
            return label;
        }
    }
}
