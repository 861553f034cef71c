package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Every model service on the cluster pins the model version it serves. */
public final class ServingPinsModelVersionProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.serving-pins-model-version",
            "Does every running model service pin the model version it serves?",
            "Reference an immutable model version (models:/name/7, a versioned or digest-pinned storage URI, --revision) or record it in a model-version label.",
            "EU-AI-Act:Art.12", "ISO-42001:A.6.2.5");

    public ServingPinsModelVersionProbe() {
        super(Scope.LIVE, METADATA, new ServiceCoverage("a pinned model version", java.util.List.of(), ServingChecks::pinsVersion));
    }
}
