package dev.maturity.core.render;

import dev.maturity.core.model.Outcome;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.GroupResult;
import java.util.List;
import java.util.Optional;

/**
 * How every format words a criterion that is one alternative of an any-of group: which group, how
 * many members it needs, whether it is satisfied, and (for a member that is not met) whether that
 * holds the level back. The words are the tool's own (criterion ids and group names are validated
 * by the rubric loader), so formats escape them as any other text.
 */
public final class Alternatives {

    private Alternatives() {
    }

    /** {@code any 1 of 'versioned' (5)}: the group a criterion belongs to, how many it needs and has. */
    public static Optional<String> label(AxisResult a, CriterionResult c) {
        return a.groupOf(c).map(g -> "any " + g.min() + " of '" + g.name() + "' (" + g.members().size() + ")");
    }

    /** {@code 'versioned' met by repro.deps-pinned} or {@code 'versioned' not met}: the group's state. */
    public static Optional<String> state(AxisResult a, CriterionResult c) {
        return a.groupOf(c).map(g -> {
            List<String> by = a.satisfiedBy(c);
            long unknown = a.criteria().stream().filter(x -> g.name().equals(x.group()) && x.rawOutcome() == Outcome.UNKNOWN)
                    .count();
            return switch (g.outcome()) {
                case MET -> "'" + g.name() + "' met by " + String.join(", ", by);
                case UNKNOWN -> "'" + g.name() + "' unknown: needs " + g.min() + " MET, has " + by.size() + ", " + unknown
                        + " unknown";
                case NOT_APPLICABLE -> "'" + g.name() + "' not applicable";
                default -> "'" + g.name() + "' not met: needs " + g.min() + " MET, has " + by.size();
            };
        });
    }

    /** Label and state in one phrase: {@code any 1 of 'versioned' (5): 'versioned' met by …}. */
    public static Optional<String> describe(AxisResult a, CriterionResult c) {
        return label(a, c).map(l -> l + ": " + state(a, c).orElse(""));
    }

    /**
     * For a member that does not pass but whose group does: why it is no gap
     * ({@code not needed: 'versioned' met by repro.deps-pinned}); empty otherwise.
     */
    public static Optional<String> notNeeded(AxisResult a, CriterionResult c) {
        if (c.rawOutcome() == Outcome.MET || c.rawOutcome() == Outcome.NOT_APPLICABLE || a.isGap(c, false)) {
            return Optional.empty();
        }
        return state(a, c).map(s -> "not needed: " + s);
    }

    /** The next-step wording of a group member: {@code (any 1 of 'versioned')}, empty when ungrouped. */
    public static String suffix(AxisResult a, CriterionResult c) {
        return a.groupOf(c).map(GroupResult::name).map(n -> " (or another of '" + n + "')").orElse("");
    }
}
