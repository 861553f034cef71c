package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** PrometheusRules on the cluster alert on training-serving skew. */
public final class SkewAlertRulesProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.skew-alert-rules",
            "Do PrometheusRules alert on training-serving skew?",
            "Compare serving feature distributions to the training reference and alert on the skew metric.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MEASURE-4.2");

    public SkewAlertRulesProbe() {
        super(Scope.LIVE, METADATA, new AlertRuleCheck(AlertRuleCheck.Watch.SKEW));
    }
}
