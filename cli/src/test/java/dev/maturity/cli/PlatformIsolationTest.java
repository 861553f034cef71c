package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.kubernetes.ApiServer;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A platform target reads only the sources it declares. The machine running the scan has an
 * ambient cluster (its kubeconfig) and an ambient MLflow server ($MLFLOW_TRACKING_URI and a token),
 * both recording every request: a git-only target must send neither a request, and its cluster and
 * registry criteria stay UNKNOWN, while a target that names them reads them.
 */
class PlatformIsolationTest {

    static final String REPO_URL = "https://github.com/acme/churn-model.git";
    static final String AMBIENT_TOKEN = "ambient-mlflow-token-7f3e";

    @TempDir
    Path dir;

    private MlflowServer registry;
    private ApiServer cluster;
    private Map<String, String> env;
    private Path repo;

    @BeforeEach
    void ambientClusterAndRegistry() {
        repo = dir.resolve("churn-model");
        String commit;
        try (GitRepoBuilder git = GitRepoBuilder.init(repo)) {
            commit = git.as(GitRepoBuilder.ALICE).files(
                    "requirements.txt", "scikit-learn==1.5.2\npandas==2.2.3\nmlflow==2.17.2\n",
                    "src/churn/train.py", """
                            import mlflow
                            from sklearn.ensemble import GradientBoostingClassifier

                            with mlflow.start_run():
                                mlflow.sklearn.log_model(GradientBoostingClassifier().fit(X, y), "model",
                                                         registered_model_name="churn-classifier")
                            """).commit("Train the churn classifier under MLflow").getName();
        }
        registry = MlflowServer.start(MlflowPlatforms.level2Classical(REPO_URL, commit));
        cluster = ApiServer.start().load("level4.yaml");
        env = Map.of("MLFLOW_TRACKING_URI", registry.uri(), "MLFLOW_TRACKING_TOKEN", AMBIENT_TOKEN,
                "KUBECONFIG", cluster.writeKubeconfig(dir, "prod-ml").toString());
    }

    @AfterEach
    void stop() {
        registry.close();
        cluster.close();
    }

    /** Also with source limits on the command line: a request given more options once forgot the sources it declared. */
    @ParameterizedTest(name = "flags: [{0}]")
    @ValueSource(strings = {"", "--source-timeout 30s --max-pages 50"})
    void a_git_only_target_sends_no_request_to_the_ambient_cluster_or_registry_and_their_criteria_stay_unknown(String flags)
            throws Exception {
        Report report = platformScan("""
                      - name: churn
                        git: churn-model
                """, flags.isEmpty() ? new String[0] : flags.split(" "));

        assertThat(registry.requests()).isEmpty();
        assertThat(cluster.requests()).isEmpty();
        assertThat(source(report, "git").status()).isEqualTo(SourceStatus.OK);
        for (String kind : new String[] {"kubernetes", "mlflow"}) {
            SourceReport s = source(report, kind);
            assertThat(s.status()).as(kind).isEqualTo(SourceStatus.NOT_CONFIGURED);
            assertThat(s.message()).isEqualTo(kind + " not declared for this target (it reads git)");
        }
        CriterionResult gpu = criterion(report, Axis.DEPLOYMENT, "deploy.gpu-queueing");
        assertThat(gpu.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(gpu.summary()).contains("kubernetes not declared for this target");
        CriterionResult models = criterion(report, Axis.REPRODUCIBILITY, "repro.model-registry");
        assertThat(models.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(models.summary()).contains("mlflow not declared for this target");
    }

    @Test
    void a_single_scan_still_reads_the_ambient_cluster_and_registry() throws Exception {
        Path out = dir.resolve("single.json");

        int code = CliHarness.scan(env, repo.toString(), "--as-of", "2026-11-30", "--format", "json", "--output", out.toString());

        assertThat(code).isZero();
        Report report = ReportJson.read(out);
        assertThat(cluster.requests()).isNotEmpty();
        assertThat(registry.requests()).isNotEmpty();
        assertThat(criterion(report, Axis.DEPLOYMENT, "deploy.gpu-queueing").outcome()).isEqualTo(Outcome.MET);
        assertThat(criterion(report, Axis.REPRODUCIBILITY, "repro.model-registry").outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void a_target_that_declares_the_current_cluster_and_the_ambient_registry_reads_both() throws Exception {
        Report report = platformScan("""
                      - name: churn
                        git: churn-model
                        mlflow: {uri: "%s"}
                        kubernetes: {context: current}
                """.formatted(registry.uri()));

        assertThat(cluster.requests()).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("GET "));
        assertThat(registry.requests()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + AMBIENT_TOKEN));
        assertThat(source(report, "kubernetes").status()).isEqualTo(SourceStatus.OK);
        assertThat(source(report, "mlflow").status()).isEqualTo(SourceStatus.OK);
        assertThat(criterion(report, Axis.DEPLOYMENT, "deploy.gpu-queueing").outcome()).isEqualTo(Outcome.MET);
        assertThat(criterion(report, Axis.REPRODUCIBILITY, "repro.model-registry").outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void the_ambient_mlflow_token_never_goes_to_another_teams_tracking_server() throws Exception {
        try (MlflowServer other = MlflowServer.start(MlflowPlatforms.level1Notebooks())) {
            platformScan("""
                          - name: notebooks
                            mlflow: {uri: "%s"}
                    """.formatted(other.uri()));

            assertThat(other.requests()).isNotEmpty().extracting(LoggedRequest::getHeaders)
                    .allSatisfy(h -> assertThat(h.keys()).doesNotContain("Authorization"));
            assertThat(registry.requests()).isEmpty();
            assertThat(cluster.requests()).isEmpty();
        }
    }

    /** Runs a platform scan of one target under the ambient environment and returns its report. */
    private Report platformScan(String target, String... more) throws Exception {
        Path config = dir.resolve("maturity.yaml");
        Files.writeString(config, """
                platforms:
                  - name: recsys
                    targets:
                """ + target);
        Path out = dir.resolve("platform.json");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--config", config.toString(), "--history",
                dir.resolve("history.db").toString(), "--as-of", "2026-11-30", "--format", "json", "--output", out.toString()));
        args.addAll(java.util.List.of(more));
        int code = CliHarness.scan(env, args.toArray(String[]::new));
        assertThat(code).isZero();
        JsonNode scanned = ReportJson.MAPPER.readTree(out.toFile()).get("targets").get(0);
        assertThat(scanned.get("status").asText()).as(scanned.toString()).isEqualTo("SCORED");
        return ReportJson.MAPPER.treeToValue(scanned.get("report"), Report.class);
    }

    private static SourceReport source(Report report, String kind) {
        return report.sources().stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static CriterionResult criterion(Report report, Axis axis, String id) {
        return report.axis(axis, Track.CLASSICAL).orElseThrow().criteria().stream()
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
