package dev.maturity.probes.mlflow.registry;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A model registry holds registered models with versions (prompts are not models). */
public final class ModelRegistryProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.model-registry",
            "Does the MLflow Model Registry hold registered models with versions?",
            "Register every model that may be deployed in the MLflow Model Registry (mlflow.register_model).",
            "EU-AI-Act:Art.12", "ISO-42001:A.6.2.5");

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
        List<ModelVersion> versions = facts.of(ModelVersion.class);
        Set<String> withVersions = versions.stream().map(ModelVersion::model).collect(Collectors.toSet());
        List<Evidence> ev = facts.of(RegisteredModel.class).stream().filter(m -> withVersions.contains(m.name()))
                .map(m -> m.evidence().withDetail("registered model " + m.name() + " with "
                        + versions.stream().filter(v -> v.model().equals(m.name())).count() + " version(s)"))
                .toList();
        if (ev.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), facts.of(RegisteredModel.class).size()
                    + " registered model(s), none with a version", List.of());
        }
        return Finding.met(METADATA.id(), ev.size() + " registered model(s) with " + versions.size() + " version(s)",
                MlflowProbes.first(ev, 10));
    }
}
