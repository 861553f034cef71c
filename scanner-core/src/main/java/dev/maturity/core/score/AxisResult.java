package dev.maturity.core.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import java.util.List;
import java.util.Optional;

/**
 * The level of one axis for one track: {@code level} counts only MET criteria, {@code ceiling}
 * counts UNKNOWN as MET (what could be proven with the missing sources). Null when not applicable.
 * {@code groups} are the any-of groups among the criteria (absent when there are none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AxisResult(Axis axis, Track track, boolean applicable, Integer level, Integer ceiling,
                         Integer levelWithWaivers, List<CriterionResult> criteria, List<String> next,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<GroupResult> groups) {

    public AxisResult {
        criteria = List.copyOf(criteria);
        next = List.copyOf(next);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** An axis result without any-of groups. */
    public AxisResult(Axis axis, Track track, boolean applicable, Integer level, Integer ceiling, Integer levelWithWaivers,
                      List<CriterionResult> criteria, List<String> next) {
        this(axis, track, applicable, level, ceiling, levelWithWaivers, criteria, next, List.of());
    }

    /** The group a criterion is an alternative in, if any. */
    public Optional<GroupResult> groupOf(CriterionResult c) {
        return c.group() == null ? Optional.empty() : groups.stream().filter(g -> g.name().equals(c.group())).findFirst();
    }

    /**
     * Whether a criterion stands between this axis and its level {@code c.level()}: it does not
     * pass and, when it is an alternative, its group does not pass either. A NOT_MET member of a
     * satisfied group is no gap. {@code withWaivers} reads WAIVED as passing (the gate's view).
     */
    public boolean isGap(CriterionResult c, boolean withWaivers) {
        Outcome o = withWaivers ? c.outcome() : c.rawOutcome();
        if (o.passes()) {
            return false;
        }
        Optional<GroupResult> g = groupOf(c);
        if (g.isEmpty()) {
            return true;
        }
        List<CriterionResult> members = criteria.stream().filter(x -> g.get().name().equals(x.group())).toList();
        return !GroupResult.outcome(members, g.get().min(), withWaivers ? CriterionResult::outcome : CriterionResult::rawOutcome)
                .passes();
    }

    /** The other members of a criterion's group that are MET (what satisfies the group), for messages. */
    public List<String> satisfiedBy(CriterionResult c) {
        return c.group() == null ? List.of() : criteria.stream()
                .filter(x -> c.group().equals(x.group()) && x.rawOutcome() == Outcome.MET).map(CriterionResult::id).toList();
    }
}
