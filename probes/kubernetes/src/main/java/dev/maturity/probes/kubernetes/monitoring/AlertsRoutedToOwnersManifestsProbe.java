package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Committed ML alert rules route to the owning team's on-call. */
public final class AlertsRoutedToOwnersManifestsProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.alerts-routed-to-owners",
            "Do committed ML alert rules carry team and severity labels and an on-call reference?",
            "Give committed ML alert rules team and severity labels and an on-call reference (runbook_url, PagerDuty/Opsgenie routing).",
            "EU-AI-Act:Art.72", "NIST-AI-RMF:GOVERN-2.1", "ISO-42001:A.3.2");

    public AlertsRoutedToOwnersManifestsProbe() {
        super(Scope.GIT, METADATA, new AlertRouting());
    }
}
