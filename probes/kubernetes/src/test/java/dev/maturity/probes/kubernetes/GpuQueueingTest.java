package dev.maturity.probes.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.kubernetes.ApiServer;
import dev.maturity.fixtures.kubernetes.GpuWorkloads;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpuQueueingTest {

    @TempDir
    Path dir;

    @Test
    void a_cluster_where_40_percent_of_gpu_jobs_bypass_kueue_is_not_queue_managed_and_lists_them() {
        try (ApiServer server = GpuWorkloads.cluster(6, 4)) {
            Finding f = ClusterScan.of(server, dir, "research").probe("kubernetes.gpu-queueing");
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(f.summary()).isEqualTo("1 GPU queue(s); 6 of 10 GPU workload(s) queue-managed (needs 90%); "
                    + "first come, first served: research/adhoc-finetune-0, research/adhoc-finetune-1, research/adhoc-finetune-2, research/adhoc-finetune-3");
            assertThat(f.evidence()).extracting(Evidence::locator).contains(
                    "research/research/Job/adhoc-finetune-0@" + server.uid("Job", "research", "adhoc-finetune-0"),
                    "research/research/Job/adhoc-finetune-3@" + server.uid("Job", "research", "adhoc-finetune-3"),
                    "research/Cluster/research");
        }
    }

    @Test
    void one_bypassing_job_in_ten_still_meets_the_ninety_percent_share() {
        try (ApiServer server = GpuWorkloads.cluster(9, 1)) {
            Finding f = ClusterScan.of(server, dir, "research").probe("kubernetes.gpu-queueing");
            assertThat(f.outcome()).isEqualTo(Outcome.MET);
            assertThat(f.summary()).isEqualTo("1 GPU queue(s); 9 of 10 GPU workload(s) queue-managed");
        }
    }

    @Test
    void the_share_is_a_rubric_parameter() {
        try (ApiServer server = GpuWorkloads.cluster(6, 4)) {
            assertThat(ClusterScan.of(server, dir, "research").probe("kubernetes.gpu-queueing", Map.of("gpu.queue-managed-share", 0.5))
                    .outcome()).isEqualTo(Outcome.MET);
        }
    }

    @Test
    void a_queue_label_without_a_workload_is_not_queue_managed() {
        try (ApiServer server = ApiServer.start()) {
            GpuWorkloads.kueue(server, "research", "research-gpu");
            server.apply("""
                    apiVersion: batch/v1
                    kind: Job
                    metadata:
                      name: labelled-but-unmanaged
                      namespace: research
                      labels: {kueue.x-k8s.io/queue-name: research-gpu}
                    spec:
                      template:
                        spec:
                          containers:
                          - name: t
                            image: nvcr.io/nvidia/pytorch:24.08-py3
                            resources: {limits: {nvidia.com/gpu: "2"}}
                    """).install("kueue.x-k8s.io/v1beta1", "Workload");
            Finding f = ClusterScan.of(server, dir, "research").probe("kubernetes.gpu-queueing");
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(f.summary()).endsWith("first come, first served: research/labelled-but-unmanaged");
        }
    }

    @Test
    void kueue_not_installed_is_not_met_while_kueue_forbidden_is_unknown_naming_the_permission() {
        try (ApiServer server = ApiServer.start()) {
            GpuWorkloads.bypassingJob(server, "research", "adhoc-finetune-0");
            ClusterScan scan = ClusterScan.of(server, dir, "research");
            Finding f = scan.probe("kubernetes.gpu-queueing");
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(f.summary()).startsWith("no ClusterQueue with GPU quota and no Volcano Queue; 0 of 1");
        }
        try (ApiServer server = GpuWorkloads.cluster(6, 4).forbid("kueue.x-k8s.io", "workloads")) {
            ClusterScan scan = ClusterScan.of(server, dir, "research");
            Finding f = scan.probe("kubernetes.gpu-queueing");
            assertThat(f.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(f.summary()).startsWith("forbidden: list kueue.x-k8s.io/workloads (all namespaces)")
                    .contains("cannot list resource \"workloads\" in API group \"kueue.x-k8s.io\"");
            assertThat(scan.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.FORBIDDEN);
                assertThat(s.message()).contains("forbidden: list kueue.x-k8s.io/workloads");
            });
        }
    }
}
