package dev.maturity.core.score;

import dev.maturity.core.model.Outcome;
import java.util.List;
import java.util.function.Function;

/**
 * An any-of group of one axis x track: alternatives of one level, of which at least {@code min}
 * must be MET. {@code outcome} is four-state and fails closed: MET when at least min members are
 * MET (whatever the others say); UNKNOWN when that could still happen only if UNKNOWN members were
 * MET; NOT_MET otherwise; NOT_APPLICABLE when no member applies. Members that do not apply leave
 * the group (min shrinks to the members left). Every member keeps its own outcome and evidence.
 */
public record GroupResult(String name, int level, int min, List<String> members, Outcome outcome) {

    public GroupResult {
        members = List.copyOf(members);
    }

    /** The group's outcome over its members, each seen through {@code view} (raw, or with waivers). */
    static Outcome outcome(List<CriterionResult> members, int min, Function<CriterionResult, Outcome> view) {
        long applicable = members.stream().filter(c -> view.apply(c) != Outcome.NOT_APPLICABLE).count();
        if (applicable == 0) {
            return Outcome.NOT_APPLICABLE;
        }
        long need = Math.min(min, applicable);
        long met = members.stream().filter(c -> view.apply(c) == Outcome.MET || view.apply(c) == Outcome.WAIVED).count();
        long unknown = members.stream().filter(c -> view.apply(c) == Outcome.UNKNOWN).count();
        if (met >= need) {
            return Outcome.MET;
        }
        return met + unknown >= need ? Outcome.UNKNOWN : Outcome.NOT_MET;
    }

    /** Whether the group lets its level pass. */
    public boolean passes() {
        return outcome.passes();
    }
}
