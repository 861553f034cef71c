package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Alerts or rollout analysis on the cluster fire on p95/p99 latency. */
public final class LatencyPercentileAlertsProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.latency-percentile-alerts",
            "Do alerts (or rollout analysis) fire on p95/p99 latency?",
            "Alert on histogram_quantile(0.95|0.99, ...) of serving latency in PrometheusRules, or abort rollouts on such analysis metrics.",
            "EU-AI-Act:Art.72", "NIST-AI-RMF:MEASURE-2.4");

    public LatencyPercentileAlertsProbe() {
        super(Scope.LIVE, METADATA, new AlertRuleCheck(AlertRuleCheck.Watch.LATENCY));
    }
}
