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
import java.util.Optional;

/**
 * Cost can be attributed per feature: at least {@code mlflow.feature-tag-share} of recent traces
 * carry a feature tag or metadata key (from {@code mlflow.feature-tags}) besides token usage.
 */
public final class TracesTaggedByFeatureProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.traces-tagged-by-feature",
            "Are LLM traces tagged with the product feature that made the call?",
            "Tag traces with the calling feature (mlflow.update_current_trace(tags={\"feature\": ...})).",
            "NIST-AI-RMF:MANAGE-2.1", "ISO-42001:A.4.2");

    static final List<String> DEFAULT_TAGS = List.of("feature", "product_feature", "app_feature", "use_case", "product");

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
        List<String> keys = context.list("mlflow.feature-tags", DEFAULT_TAGS);
        double share = context.number("mlflow.feature-tag-share", 0.8);
        int total = 0;
        int tagged = 0;
        List<Evidence> ev = new ArrayList<>();
        for (TraceSample s : facts.of(TraceSample.class)) {
            total += s.traces().size();
            List<TraceSample.Trace> with = s.traces().stream().filter(t -> featureKey(t, keys).isPresent()).toList();
            tagged += with.size();
            if (!with.isEmpty()) {
                TraceSample.Trace t = with.get(0);
                String key = featureKey(t, keys).get();
                ev.add(s.evidence().withDetail(with.size() + " of " + s.traces().size() + " recent trace(s) in experiment "
                        + s.experimentId() + " tagged by feature, e.g. " + t.traceId() + " " + key + "="
                        + t.tags().getOrDefault(key, t.metadata().get(key))));
            }
        }
        if (total == 0) {
            return MlflowProbes.notFound(facts, METADATA.id(), "no recent trace", List.of());
        }
        String summary = tagged + " of " + total + " recent trace(s) carry a feature tag (" + String.join(", ", keys) + ")";
        if (tagged >= share * total) {
            return Finding.met(METADATA.id(), summary, ev);
        }
        return MlflowProbes.notFound(facts, METADATA.id(), summary + "; " + Math.round(share * 100) + "% needed", ev);
    }

    private static Optional<String> featureKey(TraceSample.Trace t, List<String> keys) {
        return keys.stream().filter(k -> !t.tags().getOrDefault(k, t.metadata().getOrDefault(k, "")).isBlank()).findFirst();
    }
}
