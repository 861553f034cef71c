package dev.maturity.cli.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maturity.cli.CliHarness;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.kubernetes.ApiServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the CLI scans a repository and a level-4 cluster reached through a kubeconfig. */
class KubernetesPlatformTest {

    @TempDir
    Path dir;

    @Test
    void a_level_four_cluster_meets_gpu_queueing_and_rollback_criteria_citing_objects_by_uid() throws Exception {
        try (ApiServer server = ApiServer.start().load("level4.yaml");
             GitRepoBuilder repo = GitRepoBuilder.init(dir.resolve("repo"))) {
            repo.as(GitRepoBuilder.ALICE).file("README.md", "# platform\n").commit("init");
            Path kubeconfig = server.writeKubeconfig(dir, "prod-ml");
            Path out = dir.resolve("report.json");
            int code = CliHarness.scan(Map.of("KUBECONFIG", kubeconfig.toString()),
                    repo.dir().toString(), "--kube-context", "prod-ml-ctx", "--format", "json", "--output", out.toString());
            assertThat(code).isZero();
            String text = Files.readString(out);
            assertThat(text).doesNotContain(ApiServer.TOKEN);
            JsonNode report = new ObjectMapper().readTree(text);
            assertThat(report.path("sources").findValuesAsText("kind")).contains("kubernetes");
            for (JsonNode s : report.path("sources")) {
                if (s.path("kind").asText().equals("kubernetes")) {
                    assertThat(s.path("status").asText()).isEqualTo("OK");
                }
            }
            JsonNode gpu = criterion(report, "deploy.gpu-queueing");
            assertThat(gpu.path("outcome").asText()).isEqualTo("MET");
            assertThat(gpu.path("evidence").findValuesAsText("locator")).contains(
                    "prod-ml/ml-training/Job/train-fraud-scorer-20261129@" + server.uid("Job", "ml-training", "train-fraud-scorer-20261129"));
            assertThat(criterion(report, "deploy.auto-rollback").path("outcome").asText()).isEqualTo("MET");
            assertThat(criterion(report, "obs.alerts-route-to-owners").path("outcome").asText()).isEqualTo("MET");
            assertThat(server.requests()).allSatisfy(r -> assertThat(r).startsWith("GET "));
        }
    }

    @Test
    void without_a_kubeconfig_the_kubernetes_source_is_reported_not_configured() throws Exception {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir.resolve("repo"))) {
            repo.as(GitRepoBuilder.ALICE).file("README.md", "# platform\n").commit("init");
            Path out = dir.resolve("report.json");
            assertThat(CliHarness.scan(Map.of(), repo.dir().toString(), "--format", "json", "--output", out.toString())).isZero();
            JsonNode report = new ObjectMapper().readTree(Files.readString(out));
            JsonNode k8s = null;
            for (JsonNode s : report.path("sources")) {
                if (s.path("kind").asText().equals("kubernetes")) {
                    k8s = s;
                }
            }
            assertThat(k8s).isNotNull();
            assertThat(k8s.path("status").asText()).isEqualTo("NOT_CONFIGURED");
            assertThat(k8s.path("message").asText()).startsWith("Kubernetes not configured: no kubeconfig");
            assertThat(criterion(report, "deploy.gpu-queueing").path("outcome").asText()).isNotIn("MET", "NOT_MET");
        }
    }

    @Test
    void committed_manifests_prove_canary_and_rollback_while_gpu_queueing_waits_for_a_cluster() throws Exception {
        Path repoDir = dir.resolve("churn");
        String head;
        try (GitRepoBuilder repo = dev.maturity.fixtures.platforms.ClassicalProject.create(repoDir)) {
            head = repo.as(GitRepoBuilder.ALICE).file("deploy/churn/rollout.yaml", """
                    apiVersion: argoproj.io/v1alpha1
                    kind: Rollout
                    metadata:
                      name: churn-model
                      namespace: ml-serving
                      labels: {team: growth-ml}
                    spec:
                      selector: {matchLabels: {app: churn-model}}
                      template:
                        metadata: {labels: {app: churn-model}}
                        spec:
                          containers:
                          - name: server
                            image: docker.io/seldonio/mlserver:1.6.1
                            env:
                            - {name: MLSERVER_MODEL_URI, value: "models:/churn/12"}
                      strategy:
                        canary:
                          steps:
                          - setWeight: 20
                          - analysis:
                              templates:
                              - templateName: churn-errors
                          - setWeight: 100
                    ---
                    apiVersion: argoproj.io/v1alpha1
                    kind: AnalysisTemplate
                    metadata:
                      name: churn-errors
                      namespace: ml-serving
                    spec:
                      metrics:
                      - name: errors
                        failureCondition: result[0] > 0.02
                        provider:
                          prometheus:
                            query: sum(rate(mlserver_requests_total{code=~"5..",service="churn-model"}[5m]))
                    """).commit("Roll the churn model out by canary under analysis").getName();
        }
        Path out = dir.resolve("report.json");
        assertThat(CliHarness.scan(Map.of(), repoDir.toString(), "--format", "json", "--output", out.toString())).isZero();
        JsonNode report = new ObjectMapper().readTree(Files.readString(out));
        JsonNode canary = criterion(report, "deploy.canary-or-shadow");
        assertThat(canary.path("outcome").asText()).isEqualTo("MET");
        assertThat(canary.path("evidence").findValuesAsText("locator"))
                .anySatisfy(l -> assertThat(l).startsWith("churn@" + head + ":deploy/churn/rollout.yaml#L1-"));
        assertThat(criterion(report, "deploy.auto-rollback").path("outcome").asText()).isEqualTo("MET");
        JsonNode gpu = criterion(report, "deploy.gpu-queueing");
        assertThat(gpu.path("outcome").asText()).isEqualTo("UNKNOWN");
        assertThat(gpu.path("summary").asText()).startsWith("Kubernetes not configured");
    }

    private static JsonNode criterion(JsonNode report, String id) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode axis : report.path("axes")) {
            for (JsonNode c : axis.path("criteria")) {
                if (c.path("id").asText().equals(id)) {
                    found.add(c);
                }
            }
        }
        assertThat(found).as(id).isNotEmpty();
        return found.get(0);
    }
}
