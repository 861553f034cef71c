package dev.maturity.probes.git.detect;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.pipeline.PipelineDefinition;
import java.util.ArrayList;
import java.util.List;

/** A classical ML workload lives in the repository: training code, tracker calls or a training pipeline definition. */
public final class ClassicalWorkloadProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.classical-workload",
            "Does the repository hold classical ML training code or pipeline definitions?",
            "Nothing to do: this detects whether the classical track applies.");

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
        List<Evidence> ev = new ArrayList<>();
        facts.of(CodeSignal.class).stream()
                .filter(s -> s.signal() == Signal.CLASSICAL_TRAINING || s.signal() == Signal.TRACKER)
                .forEach(s -> ev.add(s.evidence()));
        facts.of(PipelineDefinition.class).forEach(p -> ev.add(p.evidence()));
        if (ev.isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(), "no training code, tracker calls or pipeline definitions", List.of());
        }
        return Finding.met(METADATA.id(), ev.size() + " training signal(s) or pipeline definition(s)", ev);
    }
}
