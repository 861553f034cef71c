package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** A human can hold a model release on the cluster: an indefinite pause or a confirm-promotion webhook. */
public final class ManualPromotionGatesProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.manual-promotion-gates",
            "Do model services have manual promotion gates (indefinite pause, confirm-promotion)?",
            "Put a manual gate on high-risk model services: a Rollout step pause without duration, autoPromotionEnabled: false, or a Flagger confirm-promotion webhook.",
            "EU-AI-Act:Art.14", "NIST-AI-RMF:MANAGE-2.4");

    public ManualPromotionGatesProbe() {
        super(Scope.LIVE, METADATA, new PromotionGates());
    }
}
