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
import dev.maturity.probes.mlflow.registry.ModelVersion;
import dev.maturity.probes.mlflow.registry.RegisteredModel;
import dev.maturity.probes.mlflow.runs.Run;
import dev.maturity.probes.mlflow.runs.RunKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A classical workload exists on the tracking server: registered model versions, or training runs. */
public final class ClassicalWorkloadProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.classical-workload",
            "Does the tracking server hold trained models (registered versions or training runs)?",
            "Nothing to do: this detects whether the classical track applies.");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        Availability registry = facts.availability(MlflowDomains.REGISTRY);
        Availability runs = facts.availability(MlflowDomains.RUNS);
        if (!registry.available() && !runs.available()) {
            return Finding.unknown(METADATA.id(), registry.reason());
        }
        List<Evidence> ev = new ArrayList<>();
        Set<String> withVersions = facts.of(ModelVersion.class).stream().map(ModelVersion::model).collect(Collectors.toSet());
        facts.of(RegisteredModel.class).stream().filter(m -> withVersions.contains(m.name()))
                .limit(5).forEach(m -> ev.add(m.evidence()));
        facts.of(Run.class).stream().filter(RunKinds::training).limit(3).forEach(r -> ev.add(r.evidence()));
        if (!ev.isEmpty()) {
            return Finding.met(METADATA.id(), withVersions.size() + " registered model(s) with versions, "
                    + facts.of(Run.class).stream().filter(RunKinds::training).count() + " training run(s)", ev);
        }
        Availability missing = facts.firstUnavailable(MlflowDomains.REGISTRY, MlflowDomains.RUNS);
        if (missing != null) {
            return Finding.unknown(METADATA.id(), missing.reason());
        }
        return MlflowProbes.notFound(facts, METADATA.id(), "no registered model version and no training run", List.of());
    }
}
