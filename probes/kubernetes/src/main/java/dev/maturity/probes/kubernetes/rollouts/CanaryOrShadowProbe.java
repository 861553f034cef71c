package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Canary or shadow deployment is standard for the model services running on the cluster. */
public final class CanaryOrShadowProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.canary-or-shadow",
            "Do running model services roll out by canary or shadow?",
            "Roll model services out with Argo Rollouts canary steps, Flagger, KServe canaryTrafficPercent, Istio weights/mirrors or Seldon traffic splits.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MANAGE-2.3");

    public CanaryOrShadowProbe() {
        super(Scope.LIVE, METADATA, new CanaryOrShadow());
    }
}
