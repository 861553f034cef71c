package dev.maturity.probes.git.tracking;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.wiring.Citations;
import dev.maturity.probes.git.wiring.RunIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A practice shown by code (tracking, registering models, recording metrics or training data) counts
 * where that code runs: a file carrying the practice's {@link CodeSignal} that a CI job or a pipeline
 * (DVC stage, MLflow Project entry point, orchestrator pipeline) runs, directly or through imports and
 * scripts. The same calls that nothing runs are declared only, which is NOT_MET. Subclasses may add
 * evidence that is not code (a {@code dvc.yaml} section, tags in the history).
 */
abstract class PracticeInRunningCodeProbe implements Probe {

    /** Evidence of the practice that is not a code signal: what it shows, and where. */
    record Found(String how, List<Evidence> evidence) {
    }

    private final ProbeMetadata metadata;
    private final Signal signal;
    private final String practice;
    private final String calls;

    /**
     * @param practice the practice in a summary: "tracking", "model registration"
     * @param calls    what the code shows, for "declared only": "tracker calls"
     */
    PracticeInRunningCodeProbe(ProbeMetadata metadata, Signal signal, String practice, String calls) {
        this.metadata = metadata;
        this.signal = signal;
        this.practice = practice;
        this.calls = calls;
    }

    @Override
    public ProbeMetadata metadata() {
        return metadata;
    }

    /** Evidence beyond code signals; none by default. */
    List<Found> beyondCode(Facts facts, ProbeContext context) {
        return List.of();
    }

    /** The summary when nothing at all was found. */
    abstract String noneFound();

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = GitProbes.unread(facts, metadata.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        RunningSignals found = RunningSignals.of(facts, new RunIndex(facts), signal);
        List<Evidence> met = new ArrayList<>();
        TreeSet<String> tools = new TreeSet<>();
        List<String> how = new ArrayList<>();
        for (RunningSignals.Running r : found.running()) {
            met.addAll(r.evidence());
            tools.add(r.signal().tool());
            how.add(r.signal().path() + " run by " + r.runner());
        }
        for (Found f : beyondCode(facts, context)) {
            met.addAll(f.evidence());
            how.add(f.how());
        }
        if (!met.isEmpty()) {
            String prefix = tools.isEmpty() ? practice : String.join(", ", tools) + " " + practice + " in code that runs";
            return Finding.met(metadata.id(), prefix + ": " + Citations.join(how), Citations.first(met));
        }
        if (!found.declared().isEmpty()) {
            return GitProbes.notFoundInCi(facts, metadata.id(), calls + " declared only: no CI job or pipeline (DVC stage, MLproject "
                    + "entry point, orchestrator pipeline) runs " + String.join(", ", found.declared().stream().map(CodeSignal::path)
                            .distinct().limit(3).toList()), Citations.first(found.declared().stream().map(CodeSignal::evidence).toList()));
        }
        return GitProbes.notFound(facts, metadata.id(), noneFound(), List.of());
    }
}
