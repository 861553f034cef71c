package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Every model service on the cluster names its owning team in a label. */
public final class ServingOwnerLabelsProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.serving-owner-labels",
            "Does every running model service carry an owner or team label?",
            "Label every model service (and its pods) with its owning team, e.g. team: fraud-ml.",
            "EU-AI-Act:Art.17", "ISO-42001:A.3.2");

    public ServingOwnerLabelsProbe() {
        super(Scope.LIVE, METADATA, new ServiceCoverage("an owner or team label", java.util.List.of(), ServingChecks::ownerLabel));
    }
}
