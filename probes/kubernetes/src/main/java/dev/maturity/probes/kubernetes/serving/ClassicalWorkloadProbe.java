package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Detects the classical track on a cluster: non-LLM model services, or training Jobs and CronJobs. */
public final class ClassicalWorkloadProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.classical-workload",
            "Does the cluster run classical model services or training jobs?",
            "Nothing to do: this detects the classical track.",
            "seed:tracks");

    public ClassicalWorkloadProbe() {
        super(Scope.LIVE, METADATA, new WorkloadDetection(false));
    }
}
