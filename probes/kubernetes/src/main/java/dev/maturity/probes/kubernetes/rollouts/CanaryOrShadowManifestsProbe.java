package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Canary or shadow deployment is declared for the model services in committed manifests. */
public final class CanaryOrShadowManifestsProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.canary-or-shadow-manifests",
            "Do committed manifests roll model services out by canary or shadow?",
            "Roll model services out with Argo Rollouts canary steps, Flagger, KServe canaryTrafficPercent, Istio weights/mirrors or Seldon traffic splits, declared in the repository.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MANAGE-2.3");

    public CanaryOrShadowManifestsProbe() {
        super(Scope.GIT, METADATA, new CanaryOrShadow());
    }
}
