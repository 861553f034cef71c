package dev.maturity.probes.git.ci;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the jobs of a reusable workflow ({@code on: workflow_call}) the triggers of the jobs that
 * call it ({@code jobs.<id>.uses: ./.github/workflows/x.yml}), since they run when their callers run.
 */
final class ReusableWorkflows {

    private static final String LOCAL_USES = "uses: ./";

    private ReusableWorkflows() {
    }

    static Map<String, List<CiJob>> inheritCallerTriggers(Map<String, List<CiJob>> byFile) {
        Map<String, List<CiJob>> out = new LinkedHashMap<>(byFile);
        for (int round = 0; round < 3; round++) {
            Map<String, Set<Trigger>> callers = callerTriggers(out);
            Map<String, List<CiJob>> next = new LinkedHashMap<>();
            for (Map.Entry<String, List<CiJob>> e : out.entrySet()) {
                Set<Trigger> inherited = callers.getOrDefault(e.getKey(), EnumSet.noneOf(Trigger.class));
                List<CiJob> jobs = new ArrayList<>();
                for (CiJob j : e.getValue()) {
                    if (inherited.isEmpty() || j.triggers().containsAll(inherited)) {
                        jobs.add(j);
                        continue;
                    }
                    Set<Trigger> t = EnumSet.noneOf(Trigger.class);
                    t.addAll(j.triggers());
                    t.addAll(inherited);
                    jobs.add(new CiJob(j.repo(), j.system(), j.file(), j.workflow(), j.job(), t, j.needs(), j.commands(),
                            j.environment(), j.evidence().withDetail(j.evidence().detail() + " (called from workflows on "
                            + Trigger.describe(inherited) + ")"), j.runs(), j.mayFail(), j.secrets()));
                }
                next.put(e.getKey(), jobs);
            }
            out = next;
        }
        return out;
    }

    /** The triggers of the jobs that call each local workflow, by its path: one pass over every command. */
    private static Map<String, Set<Trigger>> callerTriggers(Map<String, List<CiJob>> byFile) {
        Map<String, Set<Trigger>> out = new HashMap<>();
        for (List<CiJob> jobs : byFile.values()) {
            for (CiJob caller : jobs) {
                for (String c : caller.commands()) {
                    if (c.startsWith(LOCAL_USES)) {
                        String called = c.substring(LOCAL_USES.length()).split("[@\\s]", 2)[0];
                        out.computeIfAbsent(called, k -> EnumSet.noneOf(Trigger.class)).addAll(caller.triggers());
                    }
                }
            }
        }
        return out;
    }
}
