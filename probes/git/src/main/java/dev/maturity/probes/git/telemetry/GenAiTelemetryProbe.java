package dev.maturity.probes.git.telemetry;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import java.util.List;

/**
 * LLM calls emit per-request token, model and latency telemetry: OpenTelemetry GenAI attributes
 * ({@code gen_ai.usage.input_tokens}, {@code gen_ai.request.model}, ...) set in code, or an
 * instrumentation that emits them (Traceloop/OpenLLMetry, OpenLIT, MLflow tracing autolog).
 */
public final class GenAiTelemetryProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.genai-telemetry",
            "Do LLM calls emit token usage, model and duration telemetry (OpenTelemetry GenAI conventions)?",
            "Instrument LLM calls with OpenTelemetry GenAI attributes (gen_ai.usage.input_tokens/output_tokens, gen_ai.request.model), e.g. via OpenLLMetry or OpenLIT.",
            "EU-AI-Act:Art.12", "NIST-AI-RMF:MEASURE-2.8");

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
        List<CodeSignal> hits = facts.of(CodeSignal.class).stream().filter(s -> s.signal() == Signal.GENAI_TELEMETRY).toList();
        if (hits.isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(), "no OpenTelemetry GenAI attributes or GenAI instrumentation in code", List.of());
        }
        return Finding.met(METADATA.id(), "GenAI telemetry via " + Tools.of(hits) + " in " + Tools.files(hits) + " file(s)",
                hits.stream().map(CodeSignal::evidence).toList());
    }
}
