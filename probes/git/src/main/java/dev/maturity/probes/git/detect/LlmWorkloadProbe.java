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
import dev.maturity.probes.git.gateway.GatewayConfig;
import dev.maturity.probes.git.prompts.PromptFile;
import java.util.ArrayList;
import java.util.List;

/**
 * An LLM workload lives in the repository: LLM SDK calls in code, prompt files
 * ({@link PromptFile}) or an LLM gateway configuration ({@link GatewayConfig}).
 */
public final class LlmWorkloadProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.llm-workload",
            "Does the repository hold LLM application code, prompt files or an LLM gateway config?",
            "Nothing to do: this detects whether the LLM track applies.");

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
        facts.of(CodeSignal.class).stream().filter(s -> s.signal() == Signal.LLM_SDK).forEach(s -> ev.add(s.evidence()));
        facts.of(PromptFile.class).forEach(p -> ev.add(p.evidence()));
        facts.of(GatewayConfig.class).forEach(g -> ev.add(g.evidence()));
        if (ev.isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(), "no LLM SDK use, prompt files or LLM gateway config", List.of());
        }
        return Finding.met(METADATA.id(), ev.size() + " LLM SDK use(s), prompt file(s) or gateway config(s)", ev);
    }
}
