package dev.maturity.probes.mlflow.lineage;

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

/** The run of every production version recorded evaluation metrics. */
public final class VersionMetricsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.version-metrics",
            "Does the run of each model's production version record evaluation metrics?",
            "Log evaluation metrics (mlflow.log_metric or mlflow.evaluate) on the run each registered version comes from.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MEASURE-2.3");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = MlflowProbes.unread(facts, METADATA.id(), MlflowDomains.REGISTRY, MlflowDomains.RUNS);
        if (unread.isPresent()) {
            return unread.get();
        }
        List<Lineage.Link> links = Lineage.production(facts, context);
        if (links.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), "no registered model version", List.of());
        }
        List<Evidence> met = new ArrayList<>();
        List<Evidence> missing = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Lineage.Link link : links) {
            if (link.run().map(r -> !r.metricKeys().isEmpty()).orElse(false)) {
                var r = link.run().get();
                met.add(link.version().evidence());
                met.add(r.evidence().withDetail("run " + r.runId() + " metrics: "
                        + String.join(", ", MlflowProbes.first(List.copyOf(new java.util.TreeSet<>(r.metricKeys())), 6))));
            } else {
                missing.add(link.version().evidence());
                link.run().ifPresent(r -> missing.add(r.evidence()));
                names.add(link.version().label());
            }
        }
        if (names.isEmpty()) {
            return Finding.met(METADATA.id(), links.size() + " production version(s) have runs with metrics", met);
        }
        return MlflowProbes.notFound(facts, METADATA.id(), names.size() + " of " + links.size()
                + " production version(s) have no run metrics: " + String.join(", ", MlflowProbes.first(names, 5)), missing);
    }
}
