package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Model services on the cluster load their models from a registry or artefact store. */
public final class ModelsFromRegistryProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.model-services-from-registry",
            "Do running model services load their models from a registry or artefact store?",
            "Serve models from the registry (models:/, KServe storageUri on object storage, OCI or Hugging Face references), not from files baked into images or local paths.",
            "EU-AI-Act:Art.17", "ISO-42001:A.6.2.5");

    public ModelsFromRegistryProbe() {
        super(Scope.LIVE, METADATA, new ServiceCoverage("a model from a registry or artefact store", java.util.List.of(), ServingChecks::fromRegistry));
    }
}
