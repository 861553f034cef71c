package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Model services on the cluster are scraped by monitors whose selectors match them. */
public final class ModelServiceMonitorsProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.model-service-monitors",
            "Are model services scraped by a ServiceMonitor or PodMonitor whose selector actually matches them?",
            "Expose latency and error metrics from model services and scrape them with a ServiceMonitor/PodMonitor selecting the serving pods.",
            "EU-AI-Act:Art.72", "NIST-AI-RMF:MEASURE-2.4");

    public ModelServiceMonitorsProbe() {
        super(Scope.LIVE, METADATA, new ServiceMonitors());
    }
}
