package dev.maturity.probes.git.wiring;

import dev.maturity.core.facts.Facts;
import dev.maturity.probes.git.ci.CiJob;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Jobs that the given job needs, directly or through other jobs of its workflow, and every job
     * of a workflow it runs after ({@code workflow:<name>} needs).
     */
    public List<CiJob> upstream(CiJob job) {
        Set<CiJob> seen = new LinkedHashSet<>();
        Deque<CiJob> todo = new ArrayDeque<>(List.of(job));
        while (!todo.isEmpty()) {
            CiJob current = todo.pop();
            for (String need : current.needs()) {
                for (CiJob j : needed(current, need)) {
                    if (seen.add(j)) {
                        todo.push(j);
                    }
                }
            }
        }
        seen.remove(job);
        return List.copyOf(seen);
    }

    private List<CiJob> needed(CiJob job, String need) {
        if (need.startsWith(CiJob.WORKFLOW_NEED)) {
            String workflow = need.substring(CiJob.WORKFLOW_NEED.length());
            return jobs.stream().filter(j -> j.repo().equals(job.repo()) && j.system().equals(job.system())
                    && j.workflow().equals(workflow)).toList();
        }
        return jobs.stream().filter(j -> j.workflowKey().equals(job.workflowKey()) && j.job().equals(need)).toList();
    }
}
