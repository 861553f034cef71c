package dev.maturity.probes.kubernetes.kueue;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** GPU work on the cluster is admitted through Kueue or Volcano queues with GPU quota. */
public final class GpuQueueingProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.gpu-queueing",
            "Does GPU work go through Kueue or Volcano queues rather than first come, first served?",
            "Install Kueue (ClusterQueues with GPU quota in coveredResources) or Volcano queues and submit GPU Jobs through them; at least 90% of GPU workloads must be queue-managed.",
            "NIST-AI-RMF:MANAGE-2.1", "ISO-42001:A.4.4");

    public GpuQueueingProbe() {
        super(Scope.LIVE, METADATA, new GpuQueueing());
    }
}
