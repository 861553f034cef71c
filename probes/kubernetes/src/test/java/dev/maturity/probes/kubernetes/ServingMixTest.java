package dev.maturity.probes.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.kubernetes.ApiServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KServe, Flagger, Seldon and Volcano objects judged on one cluster. */
class ServingMixTest {

    @TempDir
    static Path dir;
    static ApiServer server;
    static ClusterScan scan;

    @BeforeAll
    static void scan() {
        server = ApiServer.start().load("serving-mix.yaml");
        scan = ClusterScan.of(server, dir, "edge");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void kserve_flagger_and_seldon_traffic_splits_are_canary_deployment() {
        Finding f = scan.probe("kubernetes.canary-or-shadow");
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).extracting(Evidence::detail).containsExactlyInAnyOrder(
                "InferenceService risk/credit-risk: KServe canaryTrafficPercent=10",
                "Deployment assistants/support-llm: Flagger Canary assistants/support-llm",
                "SeldonDeployment growth/churn: Seldon traffic split over 2 predictors");
    }

    @Test
    void only_flagger_metric_thresholds_roll_back_by_themselves() {
        Finding f = scan.probe("kubernetes.auto-rollback");
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).startsWith("1 of 3 model service(s) roll back automatically on failed analysis");
        assertThat(f.evidence()).extracting(Evidence::detail).contains(
                "InferenceService risk/credit-risk: KServe canaryTrafficPercent on risk/credit-risk is promoted or rolled back by hand");
    }

    @Test
    void a_flagger_confirm_promotion_webhook_is_a_manual_gate() {
        Finding f = scan.probe("kubernetes.manual-promotion-gates");
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).extracting(Evidence::detail).containsExactly(
                "Flagger Canary assistants/support-llm: confirm-promotion webhook gates Deployment assistants/support-llm");
    }

    @Test
    void a_service_monitor_that_selects_nothing_proves_nothing() {
        Finding f = scan.probe("kubernetes.model-service-monitors");
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("0 of 3 model service(s) scraped by a ServiceMonitor or PodMonitor");
    }

    @Test
    void volcano_jobs_and_pods_scheduled_by_volcano_are_queue_managed() {
        Finding f = scan.probe("kubernetes.gpu-queueing");
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("1 GPU queue(s); 2 of 2 GPU workload(s) queue-managed");
    }

    @Test
    void a_suspended_retraining_cronjob_does_not_count() {
        Finding f = scan.probe("kubernetes.scheduled-training");
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("1 scheduled training job(s), all suspended");
    }

    @Test
    void tgi_is_an_llm_service_and_registry_models_pinned_by_version_or_revision() {
        assertThat(scan.probe("kubernetes.llm-workload").evidence()).extracting(Evidence::detail)
                .containsExactly("LLM service Deployment assistants/support-llm (tgi)");
        assertThat(scan.probe("kubernetes.serving-pins-model-version").outcome()).isEqualTo(Outcome.MET);
        assertThat(scan.probe("kubernetes.model-services-from-registry").outcome()).isEqualTo(Outcome.MET);
        assertThat(scan.probe("kubernetes.serving-owner-labels").outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void cron_workflows_and_kubeflow_scheduled_workflows_that_train_are_scheduled_training() {
        try (ApiServer other = ApiServer.start().load("scheduled-workflows.yaml")) {
            Finding f = ClusterScan.of(other, dir, "pipelines").probe("kubernetes.scheduled-training");
            assertThat(f.outcome()).isEqualTo(Outcome.MET);
            assertThat(f.evidence()).extracting(Evidence::detail).containsExactlyInAnyOrder(
                    "CronWorkflow pipelines/nightly-ranker trains on schedule 30 1 * * *",
                    "ScheduledWorkflow kubeflow-user/weekly-eval trains on schedule 0 0 6 * * 1");
        }
    }
}
