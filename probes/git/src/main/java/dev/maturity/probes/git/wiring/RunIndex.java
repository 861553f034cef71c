package dev.maturity.probes.git.wiring;

import dev.maturity.core.facts.Facts;
import dev.maturity.probes.git.ci.CiJob;
import java.util.List;
import java.util.function.Predicate;

/** Answers, from collected facts, which CI jobs and pipeline stages run a given repository file. */
public final class RunIndex {

    private final List<CiJob> jobs;
    private final List<PipelineStage> stages;

    public RunIndex(Facts facts) {
        this.jobs = facts.of(CiJob.class);
        this.stages = facts.of(PipelineStage.class);
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

    /** Jobs that the given job needs, directly or through other jobs (same workflow). */
    public List<CiJob> upstream(CiJob job) {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(job.needs());
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                sameWorkflow(job).stream().filter(j -> j.job().equals(id)).forEach(j -> todo.addAll(j.needs()));
            }
        }
        return sameWorkflow(job).stream().filter(j -> seen.contains(j.job())).toList();
    }

    private List<CiJob> sameWorkflow(CiJob job) {
        return jobs.stream().filter(j -> j.workflowKey().equals(job.workflowKey())).toList();
    }
}
