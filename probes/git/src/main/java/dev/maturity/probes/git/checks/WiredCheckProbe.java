package dev.maturity.probes.git.checks;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Strength;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.wiring.Citations;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.wiring.PipelineStage;
import dev.maturity.probes.git.wiring.RunIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A kind of check is wired: a CI job (or pipeline stage) that runs runs code carrying the check's
 * {@link CodeSignal}, or calls the tool's CLI directly. Code that uses the tool but that nothing
 * runs is "declared only", which is NOT_MET.
 */
abstract class WiredCheckProbe implements Probe {

    /** What starts the jobs that count, and whether DVC stages / MLflow entry points count. */
    enum Runner {
        /** Jobs on every change or release, scheduled jobs, and pipeline stages (checks in the data or training pipeline). */
        PIPELINE_OR_CI,
        /** Scheduled jobs only (monitoring is periodic). */
        SCHEDULE
    }

    private final Signal signal;
    private final Pattern cli;
    private final Runner runner;
    private final String what;

    WiredCheckProbe(Signal signal, Pattern cli, Runner runner, String what) {
        this.signal = signal;
        this.cli = cli;
        this.runner = runner;
        this.what = what;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = GitProbes.unread(facts, id());
        if (unread.isPresent()) {
            return unread.get();
        }
        RunIndex index = new RunIndex(facts);
        Predicate<CiJob> counts = runner == Runner.SCHEDULE ? CiJob::runsOnSchedule
                : j -> j.runsOnChangeOrRelease() || j.runsOnSchedule();
        List<Evidence> met = new ArrayList<>();
        List<String> how = new ArrayList<>();
        List<Evidence> partial = new ArrayList<>();
        for (CiJob job : index.jobs()) {
            if (cli != null && job.commands().stream().anyMatch(c -> cli.matcher(c).find())) {
                if (counts.test(job)) {
                    met.add(job.evidence());
                    how.add(job.label() + " runs the " + what + " CLI");
                } else {
                    partial.add(job.evidence());
                }
            }
        }
        List<CodeSignal> signals = facts.of(CodeSignal.class).stream().filter(s -> s.signal() == signal).toList();
        for (CodeSignal s : signals) {
            List<CiJob> jobs = index.jobsRunning(s.repo(), s.path(), j -> true);
            List<CiJob> ok = jobs.stream().filter(counts).toList();
            List<PipelineStage> stages = runner == Runner.PIPELINE_OR_CI ? index.stagesRunning(s.repo(), s.path()) : List.of();
            if (!ok.isEmpty() || !stages.isEmpty()) {
                met.add(s.evidence().withStrength(Strength.WIRED));
                ok.forEach(j -> met.add(j.evidence()));
                stages.forEach(st -> met.add(st.evidence()));
                how.add(s.path() + " (" + s.tool() + ") run by " + (ok.isEmpty() ? stages.get(0).label() : ok.get(0).label()));
            } else {
                partial.add(s.evidence());
                jobs.forEach(j -> partial.add(j.evidence()));
            }
        }
        if (!met.isEmpty()) {
            return Finding.met(id(), Citations.join(how), Citations.first(met));
        }
        String need = runner == Runner.SCHEDULE ? "a scheduled job" : "CI, a schedule or a pipeline stage";
        String summary = partial.isEmpty() ? "no " + what + " checks found"
                : what + " checks declared only: nothing in " + need + " runs them";
        return GitProbes.notFoundInCi(facts, id(), summary, Citations.first(partial));
    }
}
