package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Detects the LLM track on a cluster: services on LLM runtimes or carrying LLM labels. */
public final class LlmWorkloadProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.llm-workload",
            "Does the cluster serve LLMs (vLLM, TGI, LLM-labelled services)?",
            "Nothing to do: this detects the LLM track.",
            "seed:tracks");

    public LlmWorkloadProbe() {
        super(Scope.LIVE, METADATA, new WorkloadDetection(true));
    }
}
