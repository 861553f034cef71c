package dev.maturity.probes.git.pipeline;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.wiring.Citations;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.eval.EvalSuite;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import dev.maturity.probes.git.wiring.RunIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A scheduled CI job runs training, the ML pipeline or re-evaluation: for the classical track,
 * training code, DVC/MLflow pipelines or classical evals; for the LLM track, LLM eval suites or tools.
 */
public final class ScheduledPipelineProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.scheduled-pipeline",
            "Does a scheduled CI workflow run training, the ML pipeline or re-evaluation?",
            "Add on.schedule (cron) to a workflow that runs training or the eval suite, or a GitLab job with a schedule rule.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MANAGE-4.1", "ISO-42001:A.6.2.6");

    private static final Pattern CLASSICAL_CLI = Pattern.compile("\\bdvc\\s+(repro|exp\\s+run)|\\bmlflow\\s+run\\b");
    private static final Pattern LLM_CLI = Pattern.compile(
            "promptfoo(@\\S+)?\\s+(eval|redteam\\s+run)|deepeval\\s+test\\s+run|inspect\\s+eval|\\blm_eval\\b|\\boaieval\\b");
    private static final Set<Signal> CLASSICAL_SIGNALS = EnumSet.of(Signal.CLASSICAL_TRAINING, Signal.TRACKER);
    private static final Set<Signal> LLM_SIGNALS = EnumSet.of(Signal.EVALUATION, Signal.RED_TEAM);

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = GitProbes.unread(facts, METADATA.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        MlPaths paths = MlPaths.from(context.parameters());
        Track track = context.track();
        List<Evidence> met = new ArrayList<>();
        List<String> what = new ArrayList<>();
        for (CiJob job : new RunIndex(facts).jobs()) {
            if (!job.runsOnSchedule()) {
                continue;
            }
            Optional<String> reason = reason(facts, job, track, paths);
            reason.ifPresent(r -> {
                met.add(job.evidence().withDetail(job.evidence().detail() + "; " + r));
                what.add(job.label() + " " + r);
            });
        }
        if (!met.isEmpty()) {
            return Finding.met(METADATA.id(), Citations.join(what), Citations.first(met));
        }
        return GitProbes.notFoundInCi(facts, METADATA.id(), "no scheduled CI job runs " + (track == Track.LLM
                ? "re-evaluation of the LLM application" : "training or the ML pipeline"), List.of());
    }

    private static Optional<String> reason(Facts facts, CiJob job, Track track, MlPaths paths) {
        Pattern cli = track == Track.LLM ? LLM_CLI : CLASSICAL_CLI;
        if (job.commands().stream().anyMatch(c -> cli.matcher(c).find())) {
            return Optional.of("runs " + (track == Track.LLM ? "an LLM eval tool" : "the ML pipeline"));
        }
        Optional<EvalSuite> suite = facts.of(EvalSuite.class).stream().filter(s -> s.track() == track && s.hasCases()
                && s.repo().equals(job.repo()) && job.runsFile(s.path())).findFirst();
        if (suite.isPresent()) {
            return Optional.of("runs eval suite " + suite.get().path());
        }
        Set<Signal> kinds = track == Track.LLM ? LLM_SIGNALS : CLASSICAL_SIGNALS;
        Optional<CodeSignal> signal = facts.of(CodeSignal.class).stream().filter(s -> kinds.contains(s.signal())
                && s.repo().equals(job.repo()) && job.runsFile(s.path())).findFirst();
        if (signal.isPresent()) {
            return Optional.of("runs " + signal.get().path() + " (" + signal.get().tool() + ")");
        }
        if (track == Track.CLASSICAL) {
            return job.runs().stream().filter(p -> paths.is(p, PathKind.TRAINING)).findFirst().map(p -> "runs training code " + p);
        }
        return Optional.empty();
    }
}
