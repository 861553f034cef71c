package dev.maturity.probes.mlflow.traces;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import java.util.ArrayList;
import java.util.List;

/** LLM calls are traced with token usage or cost ({@code mlflow.trace.tokenUsage}, {@code mlflow.trace.cost}). */
public final class TracesTokenUsageProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.traces-token-usage",
            "Do MLflow traces record token usage or cost per request?",
            "Enable MLflow tracing (mlflow.<flavor>.autolog or @mlflow.trace) on LLM calls so traces carry token usage.",
            "EU-AI-Act:Art.12", "NIST-AI-RMF:MEASURE-2.4", "ISO-42001:A.6.2.8");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = MlflowProbes.unread(facts, METADATA.id(), MlflowDomains.TRACES);
        if (unread.isPresent()) {
            return unread.get();
        }
        List<Evidence> ev = new ArrayList<>();
        int total = 0;
        int usage = 0;
        for (TraceSample s : facts.of(TraceSample.class)) {
            total += s.traces().size();
            List<TraceSample.Trace> with = s.traces().stream().filter(t -> t.tokenUsage() || t.cost()).toList();
            usage += with.size();
            if (!with.isEmpty()) {
                ev.add(s.evidence().withDetail(with.size() + " of " + s.traces().size() + " recent trace(s) in experiment "
                        + s.experimentId() + " record token usage or cost, e.g. " + with.get(0).traceId()));
            }
        }
        if (usage == 0) {
            return MlflowProbes.notFound(facts, METADATA.id(), total + " recent trace(s), none with token usage or cost", List.of());
        }
        return Finding.met(METADATA.id(), usage + " of " + total + " recent trace(s) record token usage or cost", ev);
    }
}
