package dev.maturity.probes.kubernetes.kueue;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Gpu;
import dev.maturity.probes.kubernetes.objects.Judgement;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.objects.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * GPU work goes through a queueing system: a Kueue ClusterQueue covering a GPU resource with a
 * nominal quota above zero, or an open Volcano Queue, and at least {@code gpu.queue-managed-share}
 * (default 0.9) of GPU workloads queue-managed ({@link GpuWork}). The first-come-first-served
 * workloads are cited by namespace and name.
 */
public final class GpuQueueing implements Judgement {

    static final double DEFAULT_SHARE = 0.9;

    @Override
    public List<ApiKind> kinds() {
        return List.of(ApiKinds.CLUSTER_QUEUE, ApiKinds.WORKLOAD, ApiKinds.VOLCANO_QUEUE, ApiKinds.VOLCANO_JOB,
                ApiKinds.JOB, ApiKinds.POD);
    }

    @Override
    public Verdict judge(Manifests m, ProbeContext ctx) {
        List<Evidence> queues = new ArrayList<>();
        for (ResourceObject cq : m.of(ApiKinds.CLUSTER_QUEUE)) {
            String quota = gpuQuota(cq.body().at("spec", "resourceGroups"));
            if (quota != null) {
                queues.add(cq.evidence().withDetail("ClusterQueue " + cq.name() + " covers " + quota));
            }
        }
        for (ResourceObject q : m.of(ApiKinds.VOLCANO_QUEUE)) {
            if (!q.body().at("status", "state").textOr("Open").equals("Closed")) {
                queues.add(q.evidence().withDetail("Volcano Queue " + q.name() + " (weight " + q.body().at("spec", "weight").textOr("1") + ")"));
            }
        }
        List<GpuWork.Item> work = GpuWork.find(m);
        List<GpuWork.Item> fcfs = work.stream().filter(i -> !i.managed()).toList();
        long managed = work.size() - fcfs.size();
        double share = ctx.number("gpu.queue-managed-share", DEFAULT_SHARE);
        String counts = managed + " of " + work.size() + " GPU workload(s) queue-managed";
        if (!queues.isEmpty() && managed >= share * work.size()) {
            List<Evidence> ev = new ArrayList<>(queues);
            work.stream().filter(GpuWork.Item::managed).limit(20)
                    .forEach(i -> ev.add(i.object().evidence().withDetail(i.object().kind() + " " + i.object().qualifiedName() + ": " + i.queuedBy())));
            return Verdict.met(queues.size() + " GPU queue(s); " + counts, ev);
        }
        List<Evidence> ev = new ArrayList<>();
        fcfs.forEach(i -> ev.add(i.object().evidence().withDetail("first come, first served: " + i.object().kind() + " " + i.object().qualifiedName())));
        String names = String.join(", ", fcfs.stream().limit(10).map(i -> i.object().qualifiedName()).toList())
                + (fcfs.size() > 10 ? ", …" : "");
        String summary = (queues.isEmpty() ? "no ClusterQueue with GPU quota and no Volcano Queue; " : queues.size() + " GPU queue(s); ")
                + counts + " (needs " + Math.round(share * 100) + "%)" + (fcfs.isEmpty() ? "" : "; first come, first served: " + names);
        List<Evidence> cited = new ArrayList<>(Verdict.cap(ev, 50));
        cited.addAll(queues);
        return Verdict.notMet(summary, cited);
    }

    /** The GPU resources a ClusterQueue covers with a nominal quota above zero, or null. */
    static String gpuQuota(YamlNode resourceGroups) {
        List<String> found = new ArrayList<>();
        for (YamlNode g : resourceGroups.items()) {
            List<String> covered = g.get("coveredResources").texts().stream().filter(Gpu::isGpuResource).toList();
            for (YamlNode f : g.get("flavors").items()) {
                for (YamlNode r : f.get("resources").items()) {
                    String name = r.get("name").textOr("");
                    String quota = r.get("nominalQuota").textOr("0");
                    if (covered.contains(name) && !quota.matches("0+(\\.0+)?")) {
                        found.add(name + " " + quota + " in flavor " + f.get("name").textOr("?"));
                    }
                }
            }
        }
        return found.isEmpty() ? null : String.join(", ", found);
    }
}
