package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** LLM services on the cluster are shadow-evaluated on mirrored live traffic. */
public final class LlmShadowTrafficProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.llm-shadow-traffic",
            "Is live traffic mirrored to a candidate LLM service on the cluster?",
            "Mirror live traffic to the candidate LLM service (Istio mirror/mirrorPercentage, Seldon shadow, Flagger mirror) and compare outputs.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MEASURE-2.7");

    public LlmShadowTrafficProbe() {
        super(Scope.LIVE, METADATA, new LlmShadow());
    }
}
