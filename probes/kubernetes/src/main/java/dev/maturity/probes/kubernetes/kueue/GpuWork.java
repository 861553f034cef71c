package dev.maturity.probes.kubernetes.kueue;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Gpu;
import dev.maturity.probes.kubernetes.objects.Manifests;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GPU-requesting batch work and how it is admitted. A Job counts once (its pods are not counted
 * again); pods count on their own only when no Job, ReplicaSet, StatefulSet or DaemonSet controls
 * them. Kueue manages a Job or pod that carries {@code kueue.x-k8s.io/queue-name} and owns a
 * Workload (admitted, or waiting in its queue); Volcano manages Volcano Jobs and pods scheduled by
 * {@code volcano}. Everything else got its GPUs first come, first served.
 */
final class GpuWork {

    static final String QUEUE_LABEL = "kueue.x-k8s.io/queue-name";
    private static final Set<String> CONTROLLERS = Set.of("Job", "ReplicaSet", "StatefulSet", "DaemonSet");

    /** One GPU workload: the object, and how it was queued (null when first come, first served). */
    record Item(ResourceObject object, String queuedBy) {
        boolean managed() {
            return queuedBy != null;
        }
    }

    private GpuWork() {
    }

    static List<Item> find(Manifests m) {
        Map<String, ResourceObject> workloadsByOwner = new HashMap<>();
        for (ResourceObject w : m.of(ApiKinds.WORKLOAD)) {
            for (YamlNode ref : w.body().at("metadata", "ownerReferences").items()) {
                workloadsByOwner.put(ownerKey(ref.get("kind").textOr(""), w.namespace(), ref.get("name").textOr(""),
                        ref.get("uid").textOr("")), w);
            }
        }
        List<Item> out = new ArrayList<>();
        for (ResourceObject job : m.of(ApiKinds.JOB)) {
            YamlNode spec = job.body().at("spec", "template", "spec");
            if (Gpu.requests(spec)) {
                out.add(new Item(job, queuedBy(job, spec, workloadsByOwner)));
            }
        }
        for (ResourceObject vj : m.of(ApiKinds.VOLCANO_JOB)) {
            boolean gpu = vj.body().at("spec", "tasks").items().stream().anyMatch(t -> Gpu.requests(t.at("template", "spec")));
            if (gpu) {
                out.add(new Item(vj, "Volcano queue " + vj.body().at("spec", "queue").textOr("default")));
            }
        }
        for (ResourceObject pod : m.of(ApiKinds.POD)) {
            boolean controlled = pod.body().at("metadata", "ownerReferences").items().stream()
                    .anyMatch(r -> r.get("controller").textOr("false").equals("true") && CONTROLLERS.contains(r.get("kind").textOr("")));
            YamlNode spec = pod.body().get("spec");
            if (!controlled && Gpu.requests(spec)) {
                out.add(new Item(pod, queuedBy(pod, spec, workloadsByOwner)));
            }
        }
        return out;
    }

    private static String queuedBy(ResourceObject o, YamlNode podSpec, Map<String, ResourceObject> workloads) {
        if (podSpec.get("schedulerName").textOr("").equals("volcano")) {
            return "schedulerName volcano";
        }
        String queue = o.labels().get(QUEUE_LABEL);
        if (queue == null) {
            return null;
        }
        String uid = o.evidence().location() instanceof dev.maturity.core.model.KubernetesLocation k && k.uid() != null ? k.uid() : "";
        ResourceObject w = workloads.get(ownerKey(o.kind(), o.namespace(), o.name(), uid));
        if (w == null) {
            return null;
        }
        String cq = w.body().at("status", "admission", "clusterQueue").textOr("");
        return "Kueue LocalQueue " + queue + (cq.isEmpty() ? ", Workload " + w.name() + " waiting for admission"
                : ", Workload " + w.name() + " admitted to ClusterQueue " + cq);
    }

    private static String ownerKey(String kind, String namespace, String name, String uid) {
        return uid.isEmpty() ? kind + "/" + namespace + "/" + name : kind + "@" + uid;
    }
}
