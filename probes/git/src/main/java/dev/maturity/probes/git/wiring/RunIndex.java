package dev.maturity.probes.git.wiring;

import dev.maturity.core.facts.Facts;
import dev.maturity.probes.git.ci.CiJob;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Answers, from collected facts, which CI jobs and pipeline stages run a given repository file, and
 * how jobs depend on each other. The needs graph is indexed once; every question about it is one
 * traversal over its jobs and edges (each job visited once), never an enumeration of paths.
 */
public final class RunIndex {

    private final List<CiJob> jobs;
    private final List<PipelineStage> stages;
    private final Map<String, List<CiJob>> byJob = new HashMap<>();
    private final Map<String, List<CiJob>> byWorkflow = new HashMap<>();
    private Map<CiJob, List<CiJob>> dependents;

    public RunIndex(Facts facts) {
        this.jobs = facts.of(CiJob.class);
        this.stages = facts.of(PipelineStage.class);
        for (CiJob j : jobs) {
            byJob.computeIfAbsent(j.workflowKey() + "#" + j.job(), k -> new ArrayList<>()).add(j);
            byWorkflow.computeIfAbsent(j.repo() + "|" + j.system() + "|" + j.workflow(), k -> new ArrayList<>()).add(j);
        }
    }

    public List<CiJob> jobs() {
        return jobs;
    }

    /** CI jobs that run the file and pass the filter (for example, started on every change). */
    public List<CiJob> jobsRunning(String repo, String path, Predicate<CiJob> filter) {
        return jobs.stream().filter(j -> j.repo().equals(repo) && j.runsFile(path) && filter.test(j)).toList();
    }

    /** DVC stages and MLflow Project entry points that run the file. */
    public List<PipelineStage> stagesRunning(String repo, String path) {
        return stages.stream().filter(s -> s.repo().equals(repo) && s.runs().contains(path)).toList();
    }

    /**
     * Jobs that the given job needs, directly or through other jobs of its workflow, and every job
     * of a workflow it runs after ({@code workflow:<name>} needs).
     */
    public List<CiJob> upstream(CiJob job) {
        List<CiJob> reached = reachable(List.of(job), this::needed);
        return List.copyOf(reached.subList(1, reached.size()));
    }

    /** Jobs that need the given job, directly or through other jobs. */
    public List<CiJob> downstream(CiJob job) {
        List<CiJob> reached = reachable(List.of(job), j -> dependents().getOrDefault(j, List.of()));
        return List.copyOf(reached.subList(1, reached.size()));
    }

    /** Every job that one of the given jobs needs, directly or not: one traversal for all of them. */
    public Set<CiJob> neededByAny(Collection<CiJob> targets) {
        List<CiJob> needs = new ArrayList<>();
        targets.forEach(t -> needs.addAll(needed(t)));
        return identitySet(reachable(needs, this::needed));
    }

    /** Jobs that need the given job, directly or not, as a set for membership questions. */
    public Set<CiJob> downstreamSet(CiJob job) {
        return identitySet(downstream(job));
    }

    private static Set<CiJob> identitySet(Collection<CiJob> jobs) {
        Set<CiJob> out = Collections.newSetFromMap(new IdentityHashMap<>());
        out.addAll(jobs);
        return out;
    }

    private Map<CiJob, List<CiJob>> dependents() {
        if (dependents == null) {
            dependents = new IdentityHashMap<>();
            for (CiJob j : jobs) {
                for (CiJob need : needed(j)) {
                    dependents.computeIfAbsent(need, k -> new ArrayList<>()).add(j);
                }
            }
        }
        return dependents;
    }

    /** Breadth-first over identity: each job is visited once, each edge followed once; in the order reached. */
    private static List<CiJob> reachable(Collection<CiJob> from, Function<CiJob, List<CiJob>> next) {
        Set<CiJob> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<CiJob> order = new ArrayList<>();
        for (CiJob j : from) {
            if (seen.add(j)) {
                order.add(j);
            }
        }
        for (int i = 0; i < order.size(); i++) {
            for (CiJob j : next.apply(order.get(i))) {
                if (seen.add(j)) {
                    order.add(j);
                }
            }
        }
        return order;
    }

    private List<CiJob> needed(CiJob job) {
        List<CiJob> out = new ArrayList<>();
        for (String need : job.needs()) {
            if (need.startsWith(CiJob.WORKFLOW_NEED)) {
                out.addAll(byWorkflow.getOrDefault(job.repo() + "|" + job.system() + "|"
                        + need.substring(CiJob.WORKFLOW_NEED.length()), List.of()));
            } else {
                out.addAll(byJob.getOrDefault(job.workflowKey() + "#" + need, List.of()));
            }
        }
        return out;
    }
}
