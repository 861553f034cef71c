package dev.maturity.probes.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.KubernetesLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.kubernetes.ApiServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevelFourClusterTest {

    @TempDir
    static Path dir;
    static ApiServer server;
    static ClusterScan scan;

    @BeforeAll
    static void scan() {
        server = ApiServer.start().load("level4.yaml");
        scan = ClusterScan.of(server, dir, "prod-ml");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kubernetes.classical-workload", "kubernetes.llm-workload", "kubernetes.model-services-from-registry",
            "kubernetes.canary-or-shadow", "kubernetes.auto-rollback", "kubernetes.gpu-queueing", "kubernetes.manual-promotion-gates",
            "kubernetes.model-service-monitors", "kubernetes.drift-alert-rules", "kubernetes.skew-alert-rules",
            "kubernetes.latency-percentile-alerts", "kubernetes.cost-metrics-by-feature", "kubernetes.alerts-routed-to-owners",
            "kubernetes.serving-owner-labels", "kubernetes.serving-pins-model-version", "kubernetes.scheduled-training",
            "kubernetes.llm-shadow-traffic"})
    void a_level_four_cluster_meets_every_kubernetes_criterion_with_live_evidence(String probe) {
        Finding f = scan.probe(probe);
        assertThat(f.outcome()).as(f.summary()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.source()).isEqualTo("kubernetes");
            assertThat(e.strength().id()).isEqualTo("live");
            assertThat(e.location()).isInstanceOf(KubernetesLocation.class);
            assertThat(((KubernetesLocation) e.location()).uid()).isNotBlank();
        });
    }

    @Test
    void the_source_reads_the_cluster_fully() {
        assertThat(scan.result.sources()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SourceStatus.OK);
            assertThat(s.uri()).isEqualTo(server.url() + "/");
        });
        assertThat(scan.result.coverage()).allSatisfy(a -> assertThat(a.available()).as(a.domain()).isTrue());
    }

    @Test
    void canary_evidence_cites_the_rollout_by_cluster_namespace_kind_name_and_uid() {
        Finding f = scan.probe("kubernetes.canary-or-shadow");
        String uid = server.uid("Rollout", "ml-serving", "fraud-scorer");
        assertThat(f.evidence()).extracting(Evidence::locator).contains("prod-ml/ml-serving/Rollout/fraud-scorer@" + uid);
        assertThat(f.evidence()).extracting(Evidence::detail).contains(
                "Rollout ml-serving/fraud-scorer: Argo Rollouts canary with 2 traffic step(s); Istio weighted route in VirtualService ml-serving/fraud-scorer");
    }

    @Test
    void gpu_work_admitted_through_kueue_is_cited_with_its_workload() {
        Finding f = scan.probe("kubernetes.gpu-queueing");
        assertThat(f.summary()).isEqualTo("1 GPU queue(s); 2 of 2 GPU workload(s) queue-managed");
        assertThat(f.evidence()).extracting(Evidence::detail).contains(
                "ClusterQueue gpu-training covers nvidia.com/gpu 16 in flavor a100",
                "Job ml-training/train-fraud-scorer-20261129: Kueue LocalQueue fraud-ml, Workload job-train-fraud-scorer-20261129-3f2a1 admitted to ClusterQueue gpu-training");
    }

    @Test
    void automatic_rollback_names_the_templates_that_exist_and_can_fail() {
        Finding f = scan.probe("kubernetes.auto-rollback");
        assertThat(f.summary()).isEqualTo("2 of 2 model service(s) roll back automatically on failed analysis");
        assertThat(f.evidence()).extracting(Evidence::locator).contains(
                "prod-ml/ml-serving/AnalysisTemplate/latency-and-errors@" + server.uid("AnalysisTemplate", "ml-serving", "latency-and-errors"));
    }

    @Test
    void a_p99_alert_on_a_recorded_quantile_counts_as_a_latency_alert() {
        assertThat(scan.probe("kubernetes.latency-percentile-alerts").evidence()).extracting(Evidence::detail).contains(
                "alert FraudScorerP99LatencyHigh in PrometheusRule monitoring/ml-alerts: alerts on recorded p99 series fraud:request_latency_seconds:p99");
    }

    @Test
    void an_alert_on_a_recorded_model_latency_series_is_an_ml_alert_that_must_be_routed() {
        assertThat(scan.probe("kubernetes.alerts-routed-to-owners").summary())
                .isEqualTo("3 of 3 ML alert(s) carry team, severity and an on-call reference");
    }

    @Test
    void a_timed_pause_is_not_a_gate_but_an_indefinite_one_is() {
        Finding f = scan.probe("kubernetes.manual-promotion-gates");
        assertThat(f.evidence()).extracting(Evidence::detail)
                .containsExactly("Rollout ml-serving/fraud-scorer: 1 canary step(s) pause until a human promotes");
    }

    @Test
    void secrets_in_the_cluster_never_reach_the_facts() {
        String everything = scan.result.facts().toString() + scan.result.sources() + scan.result.unreadable();
        assertThat(everything).doesNotContain("do-not-leak-this", "sk-live-abc", "s3-creds", ApiServer.TOKEN);
        assertThat(everything).contains("models:/fraud-scorer/7");
    }
}
