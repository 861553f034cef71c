package dev.maturity.probes.git.detect;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;

/**
 * An LLM workload lives in the repository: LLM SDK calls or OpenAI-compatible HTTP calls in code,
 * prompt files, an LLM gateway configuration or an LLM model server config; notebooks count only
 * as {@link WorkloadEvidence#notebooksCount} allows, test code never.
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
        return Detection.decide(facts, context, Track.LLM, METADATA.id());
    }
}
