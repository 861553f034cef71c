package dev.maturity.probes.git.telemetry;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import java.util.List;

/**
 * LLM cost is attributed to product features: token or cost metrics or spans carry a feature
 * label (a span attribute, a metric label or gateway request metadata named {@code *feature*}).
 */
public final class CostAttributedByFeatureProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.cost-attributed-by-feature",
            "Are LLM token or cost metrics labelled with the product feature that spent them?",
            "Add a feature attribute (e.g. app.feature) to LLM spans or a feature label to token/cost metrics, so cost can be summed per feature.",
            "NIST-AI-RMF:MANAGE-2.1");

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
        List<CodeSignal> signals = facts.of(CodeSignal.class);
        List<CodeSignal> hits = signals.stream().filter(s -> s.signal() == Signal.COST_BY_FEATURE).toList();
        if (hits.isEmpty()) {
            List<Evidence> telemetry = signals.stream().filter(s -> s.signal() == Signal.GENAI_TELEMETRY)
                    .map(CodeSignal::evidence).toList();
            return GitProbes.notFound(facts, METADATA.id(), telemetry.isEmpty() ? "no token or cost telemetry labelled by feature"
                    : "GenAI telemetry is emitted but no token/cost metric or span carries a feature label", telemetry);
        }
        return Finding.met(METADATA.id(), "token/cost telemetry labelled by feature in " + Tools.files(hits) + " file(s)",
                hits.stream().map(CodeSignal::evidence).toList());
    }
}
