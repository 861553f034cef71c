package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/**
 * Deploys are predictable from the repository: model services are described by committed manifests
 * (KServe, Seldon, or Deployments/Rollouts recognised as model serving), and each loads its model
 * from a registry or artefact store rather than from a laptop copy baked into an image.
 */
public final class DeployManifestsVersionedProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.deploy-manifests-versioned",
            "Are model services deployed from committed manifests that load the model from a registry or artefact store?",
            "Commit the serving manifests (InferenceService, SeldonDeployment, Deployment or Rollout) and point them at the registry or an artefact store (models:/, s3://, gs://, an OCI or Hugging Face reference).",
            "EU-AI-Act:Art.17", "ISO-42001:A.6.2.5");

    public DeployManifestsVersionedProbe() {
        super(Scope.GIT, METADATA, new ServiceCoverage("a model from a registry or artefact store", java.util.List.of(),
                ServingChecks::fromRegistry));
    }
}
