package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.model.Evidence;
import java.util.List;
import java.util.Map;

/**
 * A workload that serves a model: a KServe InferenceService, a Seldon deployment or model, or a
 * Deployment/Rollout recognised by its serving image or labels.
 *
 * @param object    the object that defines the service (for a Rollout with a workloadRef, the Rollout)
 * @param runtime   how it was recognised: {@code kserve:sklearn}, {@code vllm}, {@code triton}, {@code selector}…
 * @param llm       whether it serves a large language model
 * @param podLabels labels its pods carry (for monitors and Service selectors)
 * @param modelRefs where its model comes from: storage URIs, model arguments, model environment values
 * @param hosts     service names traffic reaches it by (for Istio routes)
 */
public record ModelService(ResourceObject object, String runtime, boolean llm, Map<String, String> podLabels,
                           List<String> modelRefs, List<String> hosts) {

    public ModelService {
        podLabels = Map.copyOf(podLabels);
        modelRefs = List.copyOf(modelRefs);
        hosts = List.copyOf(hosts);
    }

    public String namespace() {
        return object.namespace();
    }

    public String name() {
        return object.name();
    }

    public Evidence evidence(String detail) {
        return object.evidence().withDetail(detail);
    }

    /** {@code kind namespace/name}, as summaries name it. */
    public String label() {
        return object.kind() + " " + object.qualifiedName();
    }
}
