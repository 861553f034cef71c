package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Committed manifests bind model rollouts to analysis that rolls back by itself. */
public final class AutoRollbackManifestsProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.auto-rollback-manifests",
            "Do committed manifests bind model rollouts to analysis that rolls back automatically?",
            "Bind canary steps to an AnalysisTemplate with failure conditions (or Flagger analysis with metric thresholds), committed beside the Rollout.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MANAGE-2.4");

    public AutoRollbackManifestsProbe() {
        super(Scope.GIT, METADATA, new AutoRollback());
    }
}
