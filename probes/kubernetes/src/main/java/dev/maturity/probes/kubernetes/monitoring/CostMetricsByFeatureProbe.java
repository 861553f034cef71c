package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Token or cost metrics on the cluster are aggregated by product feature. */
public final class CostMetricsByFeatureProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.cost-metrics-by-feature",
            "Are token or cost metrics broken down by product feature in Prometheus rules?",
            "Label token and cost metrics with the product feature that made the call and aggregate them by it.",
            "NIST-AI-RMF:MANAGE-2.1", "ISO-42001:A.4.2");

    public CostMetricsByFeatureProbe() {
        super(Scope.LIVE, METADATA, new AlertRuleCheck(AlertRuleCheck.Watch.COST_BY_FEATURE));
    }
}
