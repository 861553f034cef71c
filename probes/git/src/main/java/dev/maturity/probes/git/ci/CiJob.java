package dev.maturity.probes.git.ci;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One job of a CI pipeline, as the CI system would run it.
 *
 * @param system      the CI system's id ({@link CiSystem#id()}: {@code github}, {@code gitlab}, {@code jenkins}, ...)
 * @param file        the workflow file, repo-relative (for GitLab, the file that defines the job)
 * @param workflow    the workflow name (GitHub) or pipeline file (GitLab)
 * @param job         the job id
 * @param triggers    what starts this job (workflow triggers narrowed by job rules)
 * @param needs       ids of jobs this one needs (same workflow; for GitLab without {@code needs:},
 *                    every job of the earlier stages, which is how GitLab orders them); {@code workflow:<name>}
 *                    when a GitHub {@code workflow_run} job runs only after that workflow succeeded
 * @param commands    shell lines it runs ({@code run:}, {@code script:}) and actions it uses ({@code uses: owner/action@ref} with args)
 * @param environment deployment environment name, or null
 * @param evidence    the job's lines in the workflow file, strength {@code wired}
 * @param runs        repo paths the job runs, resolved from its commands (scripts, test files, eval configs, DVC stage scripts)
 * @param mayFail     true when the job's failure does not fail the pipeline ({@code continue-on-error}, {@code allow_failure},
 *                    {@code continueOnError}, {@code soft_fail}, ...) or when every command that runs a file swallows its failure
 * @param secrets     names (never values) of the secrets and credentials the job uses
 */
public record CiJob(String repo, String system, String file, String workflow, String job, Set<Trigger> triggers,
                    List<String> needs, List<String> commands, String environment, Evidence evidence,
                    List<String> runs, boolean mayFail, List<String> secrets) implements Fact {

    /**
     * Jobs one CI file may define: past this the file is listed as unreadable with the reason (GitHub
     * runs at most 256 jobs from one matrix; real pipelines stay far below a thousand jobs).
     */
    public static final int MAX_JOBS_PER_FILE = 1_000;

    /** Prefix of a need on a whole GitHub workflow, by its name. */
    public static final String WORKFLOW_NEED = "workflow:";

    public CiJob {
        triggers = Set.copyOf(triggers);
        needs = List.copyOf(needs);
        commands = List.copyOf(commands);
        runs = List.copyOf(runs);
        secrets = List.copyOf(secrets);
    }

    /** A job whose secrets were not read. */
    public CiJob(String repo, String system, String file, String workflow, String job, Set<Trigger> triggers,
                 List<String> needs, List<String> commands, String environment, Evidence evidence,
                 List<String> runs, boolean mayFail) {
        this(repo, system, file, workflow, job, triggers, needs, commands, environment, evidence, runs, mayFail, List.of());
    }

    /** A job whose run paths were not resolved. */
    public CiJob(String repo, String system, String file, String workflow, String job, Set<Trigger> triggers,
                 List<String> needs, List<String> commands, String environment, Evidence evidence) {
        this(repo, system, file, workflow, job, triggers, needs, commands, environment, evidence, List.of(), false, List.of());
    }

    public boolean runsOnChangeOrRelease() {
        return triggers.stream().anyMatch(Trigger::onChangeOrRelease);
    }

    public boolean runsOnSchedule() {
        return triggers.contains(Trigger.SCHEDULE);
    }

    /** True when any command line contains the text (case-insensitive). */
    public boolean runs(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return commands.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(t));
    }

    /** True when the job runs the repo file. */
    public boolean runsFile(String path) {
        return runs.contains(path);
    }

    /** The job in one phrase for summaries: {@code .github/workflows/eval.yml#eval (pull_request, push)}. */
    public String label() {
        return file + "#" + job + " (" + Trigger.describe(triggers) + ")";
    }

    /** Identifies the workflow this job belongs to: jobs can only need jobs of the same workflow. */
    public String workflowKey() {
        return repo + "|" + system + "|" + ("github".equals(system) ? file : workflow);
    }
}
