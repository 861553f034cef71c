package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Committed PrometheusRules or rollout analysis fire on p95/p99 latency. */
public final class LatencyPercentileAlertsManifestsProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.latency-percentile-alerts",
            "Do committed alert rules (or rollout analysis) fire on p95/p99 latency?",
            "Commit PrometheusRules alerting on histogram_quantile(0.95|0.99, ...) of serving latency, or analysis that aborts rollouts on it.",
            "EU-AI-Act:Art.72", "NIST-AI-RMF:MEASURE-2.4");

    public LatencyPercentileAlertsManifestsProbe() {
        super(Scope.GIT, METADATA, new AlertRuleCheck(AlertRuleCheck.Watch.LATENCY));
    }
}
