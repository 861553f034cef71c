package dev.maturity.probes.git.ci;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Needs of jobs that run in order (stages, steps after a {@code wait}): a job needs the jobs before
 * it, except those skipped under its triggers (a stage only for pull requests does not gate a deploy
 * that runs on pushes); a skipped job passes on what it needed itself. For systems where a skipped
 * job does not stop the jobs after it (Jenkins, Buildkite, Drone, Woodpecker, Azure Pipelines).
 */
public final class Sequence {

    private final Map<String, Set<Trigger>> triggers = new HashMap<>();
    private final Map<String, List<String>> needs = new HashMap<>();

    /** Records a job, its triggers and the needs it was given. */
    public void add(String id, Set<Trigger> t, List<String> n) {
        triggers.put(id, t);
        needs.put(id, List.copyOf(n));
    }

    /** Of the jobs {@code before}, those that run whenever a job with triggers {@code t} runs automatically. */
    public List<String> gating(Collection<String> before, Set<Trigger> t) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(before);
        while (!todo.isEmpty()) {
            String b = todo.poll();
            if (!seen.add(b)) {
                continue;
            }
            if (runsWhenever(triggers.getOrDefault(b, EnumSet.allOf(Trigger.class)), t)) {
                out.add(b);
            } else {
                todo.addAll(needs.getOrDefault(b, List.of()));
            }
        }
        return List.copyOf(out);
    }

    /** Whether a job with triggers {@code pred} runs under every automatic trigger of {@code t} (or by hand, when t is only manual). */
    static boolean runsWhenever(Set<Trigger> pred, Set<Trigger> t) {
        Set<Trigger> auto = EnumSet.noneOf(Trigger.class);
        auto.addAll(t);
        auto.remove(Trigger.MANUAL);
        return auto.isEmpty() ? pred.contains(Trigger.MANUAL) || t.isEmpty() : pred.containsAll(auto);
    }
}
