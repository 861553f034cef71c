package dev.maturity.probes.mlflow.detect;

import dev.maturity.core.facts.Availability;
import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import dev.maturity.probes.mlflow.prompts.PromptVersion;
import dev.maturity.probes.mlflow.runs.Run;
import dev.maturity.probes.mlflow.runs.RunKinds;
import dev.maturity.probes.mlflow.traces.TraceSample;
import java.util.ArrayList;
import java.util.List;

/** An LLM workload exists on the tracking server: registered prompts, traces, or LLM evaluation runs. */
public final class LlmWorkloadProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.llm-workload",
            "Does the tracking server hold LLM work (prompts, traces or LLM evaluation runs)?",
            "Nothing to do: this detects whether the LLM track applies.");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        List<Evidence> ev = new ArrayList<>();
        facts.of(PromptVersion.class).stream().limit(3).forEach(p -> ev.add(p.evidence()));
        facts.of(TraceSample.class).stream().filter(s -> !s.traces().isEmpty()).limit(3).forEach(s -> ev.add(s.evidence()));
        facts.of(Run.class).stream().filter(RunKinds::llmEvaluation).limit(3).forEach(r -> ev.add(r.evidence()));
        if (!ev.isEmpty()) {
            return Finding.met(METADATA.id(), "prompts, traces or LLM evaluation runs on the tracking server", ev);
        }
        Availability missing = facts.firstUnavailable(MlflowDomains.PROMPTS, MlflowDomains.TRACES, MlflowDomains.RUNS);
        if (missing != null) {
            return Finding.unknown(METADATA.id(), missing.reason());
        }
        return MlflowProbes.notFound(facts, METADATA.id(), "no prompt, trace or LLM evaluation run", List.of());
    }
}
