package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Model services on the cluster shift traffic under analysis that rolls back by itself. */
public final class AutoRollbackProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.auto-rollback",
            "Do running model services roll back automatically when canary analysis fails?",
            "Bind canary steps to an AnalysisTemplate with failure conditions (or Flagger analysis with metric thresholds) so a bad canary rolls back by itself.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MANAGE-2.4");

    public AutoRollbackProbe() {
        super(Scope.LIVE, METADATA, new AutoRollback());
    }
}
