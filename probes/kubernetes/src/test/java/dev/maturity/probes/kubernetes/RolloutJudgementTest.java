package dev.maturity.probes.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.kubernetes.ApiServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolloutJudgementTest {

    @TempDir
    Path dir;

    @Test
    void a_rollout_with_canary_steps_but_no_analysis_is_level_3_not_4() {
        try (ApiServer server = ApiServer.start().load("canary-without-analysis.yaml")) {
            ClusterScan scan = ClusterScan.of(server, dir, "staging-ml");
            assertThat(scan.probe("kubernetes.canary-or-shadow").outcome()).isEqualTo(Outcome.MET);
            Finding rollback = scan.probe("kubernetes.auto-rollback");
            assertThat(rollback.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(rollback.summary()).isEqualTo("0 of 1 model service(s) roll back automatically on failed analysis: "
                    + "Rollout ml-serving/churn-model: Rollout ml-serving/churn-model has canary steps but has no analysis");
            assertThat(rollback.evidence()).extracting(Evidence::locator).containsExactly(
                    "staging-ml/Cluster/staging-ml",
                    "staging-ml/ml-serving/Rollout/churn-model@" + server.uid("Rollout", "ml-serving", "churn-model"));
        }
    }

    @Test
    void analysis_referencing_a_missing_template_is_not_automatic_rollback_and_an_unreferenced_template_proves_nothing() {
        try (ApiServer server = ApiServer.start().load("missing-analysis-template.yaml")) {
            ClusterScan scan = ClusterScan.of(server, dir, "staging-ml");
            Finding rollback = scan.probe("kubernetes.auto-rollback");
            assertThat(rollback.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(rollback.summary()).endsWith("Rollout ml-serving/pricing-model references missing AnalysisTemplate pricing-error-rate");
            assertThat(rollback.evidence()).extracting(Evidence::locator).doesNotContain(
                    "staging-ml/ml-serving/AnalysisTemplate/unused-latency-check@" + server.uid("AnalysisTemplate", "ml-serving", "unused-latency-check"));
            Finding latency = scan.probe("kubernetes.latency-percentile-alerts");
            assertThat(latency.outcome()).isEqualTo(Outcome.NOT_MET);
        }
    }

    @Test
    void a_service_without_owner_label_or_pinned_model_is_named() {
        try (ApiServer server = ApiServer.start().load("canary-without-analysis.yaml").apply("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: legacy-scorer
                  namespace: ml-serving
                spec:
                  selector: {matchLabels: {app: legacy-scorer}}
                  template:
                    metadata: {labels: {app: legacy-scorer}}
                    spec:
                      containers:
                      - name: bento
                        image: registry.example.com/bentoml/legacy-scorer:latest
                        env:
                        - {name: MODEL_PATH, value: /opt/models/latest}
                """)) {
            ClusterScan scan = ClusterScan.of(server, dir, "staging-ml");
            Finding owners = scan.probe("kubernetes.serving-owner-labels");
            assertThat(owners.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(owners.summary()).isEqualTo("1 of 2 model service(s) lack an owner or team label: ml-serving/legacy-scorer");
            Finding pins = scan.probe("kubernetes.serving-pins-model-version");
            assertThat(pins.summary()).isEqualTo("1 of 2 model service(s) lack a pinned model version: ml-serving/legacy-scorer");
            Finding registry = scan.probe("kubernetes.model-services-from-registry");
            assertThat(registry.summary()).isEqualTo("1 of 2 model service(s) lack a model from a registry or artefact store: ml-serving/legacy-scorer");
        }
    }
}
