package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** PrometheusRules on the cluster alert on drift or model quality. */
public final class DriftAlertRulesProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.drift-alert-rules",
            "Do PrometheusRules alert on drift or model quality?",
            "Alert on drift or quality metrics (PSI, KL divergence, accuracy) with PrometheusRule alerts.",
            "EU-AI-Act:Art.72", "NIST-AI-RMF:MEASURE-4.2");

    public DriftAlertRulesProbe() {
        super(Scope.LIVE, METADATA, new AlertRuleCheck(AlertRuleCheck.Watch.DRIFT));
    }
}
