package dev.maturity.cli.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.maturity.cli.platforms.ScanReport;
import dev.maturity.fixtures.kubernetes.ApiServer;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The jar users run scans a whole platform: a git repository, its MLflow registry (WireMock, real
 * REST shapes) and a level-4 cluster behind TLS and a bearer token (fabric8's mock API server,
 * reached through a kubeconfig). Each collector must reach its server and report OK, so a class
 * missing from the jar fails here.
 */
class JarScanIT extends JarPlatform {

    @Test
    void version_names_the_release_and_the_commit_it_was_built_from() {
        JarRun run = JarRun.of(dir.resolve("home-version"), Map.of(), "--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).containsExactly("maturity " + BuildUnderTest.describe(), "commit "
                + (BuildUnderTest.COMMIT == null ? "unknown (built outside a git checkout)" : BuildUnderTest.COMMIT));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void git_mlflow_and_kubernetes_are_each_read_and_scored_with_their_evidence() throws Exception {
        try (MlflowServer mlflow = MlflowServer.start(MlflowPlatforms.level2Classical(REPO_URL, commit));
             ApiServer cluster = ApiServer.startTls().load("level4.yaml")) {
            Path home = dir.resolve("home-all");
            Path history = home.resolve("history.db");
            JarRun run = JarRun.of(home, Map.of("KUBECONFIG", cluster.writeKubeconfig(home, "prod-ml").toString(),
                    "MLFLOW_TRACKING_URI", mlflow.uri(), "MLFLOW_TRACKING_TOKEN", MLFLOW_TOKEN),
                    "scan", repo.toString(), "--as-of", AS_OF, "--format", "json", "--history", history.toString());
            ScanReport report = new ScanReport(run.report(0));

            assertThat(report.json().path("tool").path("version").asText()).isEqualTo(BuildUnderTest.describe());
            assertThat(status(report.source("git"))).isEqualTo("OK " + repo + " @" + commit);
            assertThat(status(report.source("mlflow"))).isEqualTo("OK " + mlflow.uri() + " @");
            assertThat(status(report.source("kubernetes"))).isEqualTo("OK " + cluster.url() + "/ @");
            assertThat(report.source("kubernetes").path("message").asText())
                    .isEqualTo("cluster prod-ml: 19 objects listed, 19 kept as evidence");
            assertThat(report.levels()).containsExactlyEntriesOf(levels(
                    "reproducibility/classical=3^3", "evaluation/classical=2^2", "deployment/classical=5^5",
                    "observability/classical=5^5", "governance/classical=2^2", "reproducibility/llm=1^1",
                    "evaluation/llm=1^1", "deployment/llm=5^5", "observability/llm=2^2", "governance/llm=2^2"));

            String at = "churn-model@" + commit + ":";
            assertThat(report.locators(report.criterion("reproducibility", "classical", "repro.code-in-git"))).containsExactly(
                    at + "dvc.yaml#L2-L24", at + "src/train.py#L21", at + "src/train.py#L25");
            String run3 = MlflowPlatforms.runId("train-3");
            assertThat(report.locators(report.criterion("reproducibility", "classical", "repro.production-rebuildable")))
                    .containsExactly("churn-model@" + commit, "churn-model@" + commit + ":dvc.lock#L25-L48",
                            mlflow.uri() + "#/experiments/1/runs/" + run3,
                            mlflow.uri() + "#/models/churn-classifier/versions/3 (run " + run3 + ")");
            assertThat(report.locators(report.criterion("deployment", "classical", "deploy.gpu-queueing"))).containsExactly(
                    "prod-ml/ClusterQueue/gpu-training@" + cluster.uid("ClusterQueue", null, "gpu-training"),
                    "prod-ml/ml-training/Job/finetune-ranker-20261128@" + cluster.uid("Job", "ml-training", "finetune-ranker-20261128"),
                    "prod-ml/ml-training/Job/train-fraud-scorer-20261129@"
                            + cluster.uid("Job", "ml-training", "train-fraud-scorer-20261129"));
            assertThat(report.criterion("deployment", "classical", "deploy.gpu-queueing").path("outcome").asText()).isEqualTo("MET");

            assertThat(cluster.requests()).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("GET "));
            assertThat(mlflow.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.getMethod().getName().equals("GET")
                    || r.getMethod().getName().equals("POST") && r.getUrl().endsWith("/search")).as(r.getUrl()).isTrue());
            assertThat(mlflow.requests()).extracting(r -> r.getHeader("Authorization")).containsOnly("Bearer " + MLFLOW_TOKEN);
            assertThat(new String(Files.readAllBytes(history), 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
            Leaks.assertNone(run.out() + run.err() + Files.readString(history, StandardCharsets.ISO_8859_1),
                    ApiServer.TOKEN, MLFLOW_TOKEN);
        }
    }

    static String status(JsonNode source) {
        return source.path("status").asText() + " " + source.path("uri").asText() + " @" + source.path("revision").asText();
    }

    static Map<String, String> levels(String... entries) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String e : entries) {
            out.put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        }
        return out;
    }
}
