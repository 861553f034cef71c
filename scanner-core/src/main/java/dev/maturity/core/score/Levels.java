package dev.maturity.core.score;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Level inference with any-of groups: level L is reached when, for every level 2..L, each
 * ungrouped criterion passes (MET, NOT_APPLICABLE, or WAIVED in the view with waivers) and each
 * group has at least its min members MET. The ceiling reads UNKNOWN as MET, in criteria and groups
 * alike. {@code next} lists what stands between the axis and level + 1: the ungrouped criteria
 * that do not pass, then the members that do not pass of every group that does not pass (any of
 * them would do).
 */
final class Levels {

    private Levels() {
    }

    static AxisResult of(Axis axis, Track track, boolean applicable, List<CriterionResult> results, Map<String, Integer> mins) {
        List<GroupResult> groups = groups(results, mins, CriterionResult::rawOutcome);
        if (!applicable) {
            return new AxisResult(axis, track, false, null, null, null, results, List.of(), groups);
        }
        int level = gate(results, mins, CriterionResult::rawOutcome, Outcome::passes);
        int withWaivers = gate(results, mins, CriterionResult::outcome, Outcome::passes);
        int ceiling = gate(results, mins, CriterionResult::rawOutcome, o -> o.passes() || o == Outcome.UNKNOWN);
        AxisResult scored = new AxisResult(axis, track, true, level, ceiling, withWaivers, results, List.of(), groups);
        List<String> next = new ArrayList<>();
        results.stream().filter(r -> r.level() == level + 1 && r.group() == null && !r.rawOutcome().passes())
                .forEach(r -> next.add(r.id()));
        results.stream().filter(r -> r.level() == level + 1 && r.group() != null && scored.isGap(r, false))
                .forEach(r -> next.add(r.id()));
        return new AxisResult(axis, track, true, level, ceiling, withWaivers, results, next, groups);
    }

    /** The groups among the results, in the order their first member appears. */
    static List<GroupResult> groups(List<CriterionResult> results, Map<String, Integer> mins,
                                    Function<CriterionResult, Outcome> view) {
        Map<String, List<CriterionResult>> byName = new LinkedHashMap<>();
        results.stream().filter(r -> r.group() != null)
                .forEach(r -> byName.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));
        List<GroupResult> out = new ArrayList<>();
        byName.forEach((name, members) -> {
            int min = mins.getOrDefault(name, 1);
            out.add(new GroupResult(name, members.get(0).level(), min, members.stream().map(CriterionResult::id).toList(),
                    GroupResult.outcome(members, min, view)));
        });
        return out;
    }

    private static int gate(List<CriterionResult> results, Map<String, Integer> mins, Function<CriterionResult, Outcome> view,
                            Predicate<Outcome> passes) {
        List<GroupResult> groups = groups(results, mins, view);
        int level = 1;
        for (int l = 2; l <= 5; l++) {
            final int lv = l;
            boolean criteria = results.stream().filter(r -> r.level() == lv && r.group() == null)
                    .allMatch(r -> passes.test(view.apply(r)));
            boolean alternatives = groups.stream().filter(g -> g.level() == lv).allMatch(g -> passes.test(g.outcome()));
            if (!criteria || !alternatives) {
                break;
            }
            level = l;
        }
        return level;
    }
}
