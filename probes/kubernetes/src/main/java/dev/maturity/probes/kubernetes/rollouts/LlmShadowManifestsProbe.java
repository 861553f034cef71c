package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Committed manifests mirror live traffic to a candidate LLM service. */
public final class LlmShadowManifestsProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.llm-shadow-manifests",
            "Do committed manifests mirror live traffic to a candidate LLM service?",
            "Declare a traffic mirror (Istio mirror/mirrorPercentage, Seldon shadow, Flagger mirror) for the candidate LLM service.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MEASURE-2.7");

    public LlmShadowManifestsProbe() {
        super(Scope.GIT, METADATA, new LlmShadow());
    }
}
