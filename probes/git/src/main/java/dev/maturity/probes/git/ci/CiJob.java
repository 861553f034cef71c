package dev.maturity.probes.git.ci;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;
import java.util.Set;

/**
 * One job of a CI pipeline, as the CI system would run it.
 *
 * @param system      {@code github} or {@code gitlab}
 * @param file        the workflow file, repo-relative
 * @param workflow    the workflow name (GitHub) or pipeline file (GitLab)
 * @param job         the job id
 * @param triggers    what starts this job (workflow triggers narrowed by job rules)
 * @param needs       ids of jobs this one needs (same workflow)
 * @param commands    shell lines it runs ({@code run:}, {@code script:}) and actions it uses ({@code uses: owner/action@ref} with args)
 * @param environment deployment environment name, or null
 * @param evidence    the job's lines in the workflow file, strength {@code wired}
 */
public record CiJob(String repo, String system, String file, String workflow, String job, Set<Trigger> triggers,
                    List<String> needs, List<String> commands, String environment, Evidence evidence) implements Fact {

    public CiJob {
        triggers = Set.copyOf(triggers);
        needs = List.copyOf(needs);
        commands = List.copyOf(commands);
    }

    public boolean runsOnChangeOrRelease() {
        return triggers.stream().anyMatch(Trigger::onChangeOrRelease);
    }

    public boolean runsOnSchedule() {
        return triggers.contains(Trigger.SCHEDULE);
    }

    /** True when any command line contains the text (case-insensitive). */
    public boolean runs(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return commands.stream().anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains(t));
    }
}
