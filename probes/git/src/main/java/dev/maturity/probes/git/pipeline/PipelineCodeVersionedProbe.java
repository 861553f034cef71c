package dev.maturity.probes.git.pipeline;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.gateway.GatewayConfig;
import dev.maturity.probes.git.prompts.PromptFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The code that builds models is committed: for the classical track, training code or a pipeline
 * definition; for the LLM track, LLM application code or prompt files. Training code found only in
 * notebooks does not count for the classical track: a notebook is not a reproducible entry point.
 */
public final class PipelineCodeVersionedProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.pipeline-code-versioned",
            "Are the training, pipeline and application code committed to git?",
            "Commit training scripts, pipeline definitions and LLM application code; nothing that builds a model may live only on a laptop.",
            "EU-AI-Act:Art.11", "ISO-42001:A.6.2.7");

    private static final Set<Signal> CLASSICAL = Set.of(Signal.CLASSICAL_TRAINING, Signal.TRACKER);

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
        return context.track() == Track.LLM ? llm(facts) : classical(facts);
    }

    private static Finding classical(Facts facts) {
        List<Evidence> ev = new ArrayList<>();
        List<Evidence> notebooks = new ArrayList<>();
        for (CodeSignal s : facts.of(CodeSignal.class)) {
            if (CLASSICAL.contains(s.signal())) {
                (s.path().endsWith(".ipynb") ? notebooks : ev).add(s.evidence());
            }
        }
        facts.of(PipelineDefinition.class).forEach(p -> ev.add(p.evidence()));
        if (!ev.isEmpty()) {
            return Finding.met(METADATA.id(), ev.size() + " committed training script(s) or pipeline definition(s)", ev);
        }
        String why = notebooks.isEmpty() ? "no training code or pipeline definition committed"
                : "training code is committed only as notebooks (" + notebooks.size() + "), no script or pipeline definition";
        return GitProbes.notFound(facts, METADATA.id(), why, notebooks);
    }

    private static Finding llm(Facts facts) {
        List<Evidence> ev = new ArrayList<>();
        facts.of(CodeSignal.class).stream().filter(s -> s.signal() == Signal.LLM_SDK && !s.path().endsWith(".ipynb"))
                .forEach(s -> ev.add(s.evidence()));
        facts.of(PromptFile.class).forEach(p -> ev.add(p.evidence()));
        facts.of(GatewayConfig.class).forEach(g -> ev.add(g.evidence()));
        if (ev.isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(), "no LLM application code or prompt files committed", List.of());
        }
        return Finding.met(METADATA.id(), ev.size() + " committed LLM app source(s), prompt file(s) or gateway config(s)", ev);
    }
}
