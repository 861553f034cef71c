package dev.maturity.probes.mlflow.registry;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import dev.maturity.probes.mlflow.lineage.Lineage;
import java.util.ArrayList;
import java.util.List;

/** Each production version records the retraining decision: trigger, reason and approver tags. */
public final class RetrainingDecisionTagsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.retraining-decision-tags",
            "Does each production version record what triggered its retraining, why, and who approved it?",
            "Tag each registered version with its trigger, reason and approver (retrain_trigger, retrain_reason, "
                    + "approved_by; configurable).",
            "EU-AI-Act:Art.12", "EU-AI-Act:Art.14", "NIST-AI-RMF:GOVERN-1.5", "ISO-42001:A.6.2.8");

    static final List<String> DEFAULT_TAGS = List.of("retrain_trigger", "retrain_reason", "approved_by");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = MlflowProbes.unread(facts, METADATA.id(), MlflowDomains.REGISTRY);
        if (unread.isPresent()) {
            return unread.get();
        }
        List<String> tags = context.list("mlflow.decision-tags", DEFAULT_TAGS);
        List<ProductionVersions.Production> production = ProductionVersions.resolve(facts.of(ModelVersion.class),
                Lineage.productionAliases(context));
        if (production.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), "no registered model version", List.of());
        }
        List<Evidence> recorded = new ArrayList<>();
        List<Evidence> unrecorded = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (ProductionVersions.Production p : production) {
            ModelVersion v = p.version();
            List<String> missing = tags.stream().filter(t -> v.tags().getOrDefault(t, "").isBlank()).toList();
            if (missing.isEmpty()) {
                recorded.add(v.evidence().withDetail("model version " + v.label() + " records "
                        + String.join(", ", tags.stream().map(t -> t + "=" + v.tags().get(t)).toList())));
            } else {
                unrecorded.add(v.evidence().withDetail("model version " + v.label() + " lacks " + String.join(", ", missing)));
                gaps.add(v.label() + " (no " + String.join(", ", missing) + ")");
            }
        }
        if (gaps.isEmpty()) {
            return Finding.met(METADATA.id(), production.size() + " production version(s) record trigger, reason and approver", recorded);
        }
        return MlflowProbes.notFound(facts, METADATA.id(), gaps.size() + " of " + production.size()
                + " production version(s) without decision tags: " + String.join("; ", MlflowProbes.first(gaps, 5)), unrecorded);
    }
}
