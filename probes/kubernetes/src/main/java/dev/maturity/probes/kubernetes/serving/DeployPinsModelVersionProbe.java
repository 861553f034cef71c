package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Committed model-service manifests pin the model version they serve. */
public final class DeployPinsModelVersionProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.deploy-pins-model-version",
            "Do committed deploy manifests pin the model version each model service serves?",
            "Reference an immutable model version in manifests (models:/name/7, a versioned or digest-pinned storage URI, --revision) or record it in a model-version label.",
            "EU-AI-Act:Art.12", "ISO-42001:A.6.2.5");

    public DeployPinsModelVersionProbe() {
        super(Scope.GIT, METADATA, new ServiceCoverage("a pinned model version", java.util.List.of(), ServingChecks::pinsVersion));
    }
}
