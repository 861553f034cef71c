package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** ML alert rules on the cluster route to the owning team's on-call. */
public final class AlertsRoutedToOwnersProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.alerts-routed-to-owners",
            "Do ML alert rules carry team and severity labels and an on-call reference?",
            "Give ML alert rules team and severity labels and an on-call reference (runbook_url, PagerDuty/Opsgenie routing).",
            "EU-AI-Act:Art.72", "NIST-AI-RMF:GOVERN-2.1", "ISO-42001:A.3.2");

    public AlertsRoutedToOwnersProbe() {
        super(Scope.LIVE, METADATA, new AlertRouting());
    }
}
