package dev.maturity.cli.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.cli.Main;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.mlflow.MlflowPlatform;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository scanned together with its MLflow tracking server: the registry's live evidence
 * moves the classical reproducibility, evaluation and governance levels as the rubric says.
 */
class MlflowPlatformTest {

    static final String REPO_URL = "https://github.com/acme/churn-model.git";

    @TempDir
    Path tmp;

    Path repo;
    String commit;

    @BeforeEach
    void repository() {
        repo = tmp.resolve("churn-model");
        try (GitRepoBuilder git = GitRepoBuilder.init(repo)) {
            git.file("requirements.txt", "scikit-learn==1.5.2\npandas==2.2.3\nmlflow==2.17.2\n")
                    .file("src/churn/train.py", """
                            import mlflow
                            import pandas as pd
                            from sklearn.ensemble import GradientBoostingClassifier

                            def main():
                                df = pd.read_parquet("s3://datasets/churn-features/latest.parquet")
                                with mlflow.start_run():
                                    mlflow.log_input(mlflow.data.from_pandas(df, name="churn-features"), context="training")
                                    model = GradientBoostingClassifier(max_depth=5).fit(df.drop(columns="churned"), df.churned)
                                    mlflow.log_params(model.get_params())
                                    mlflow.sklearn.log_model(model, "model", registered_model_name="churn-classifier")

                            if __name__ == "__main__":
                                main()
                            """);
            RevCommit c = git.commit("Train the churn classifier under MLflow");
            commit = c.getName();
        }
    }

    @Test
    void the_level_1_registry_of_notebook_versions_keeps_reproducibility_and_governance_at_1() throws Exception {
        try (MlflowServer server = MlflowServer.start(MlflowPlatforms.level1Notebooks())) {
            Report report = scan(server.uri());
            assertThat(source(report, "mlflow")).isEqualTo(SourceStatus.OK);
            AxisResult repro = axis(report, Axis.REPRODUCIBILITY);
            assertThat(repro.level()).isEqualTo(1);
            assertThat(outcome(repro, "repro.production-rebuildable")).isEqualTo(Outcome.NOT_MET);
            assertThat(outcome(repro, "repro.no-notebook-deploys")).isEqualTo(Outcome.NOT_MET);
            assertThat(outcome(repro, "repro.data-versioned")).isNotEqualTo(Outcome.MET);
            assertThat(locators(repro, "repro.no-notebook-deploys")).contains(
                    server.uri() + "#/models/churn-classifier/versions/2 (run " + MlflowPlatforms.runId("nb-3") + ")");
            assertThat(axis(report, Axis.EVALUATION).level()).isEqualTo(2);
            AxisResult gov = axis(report, Axis.GOVERNANCE);
            assertThat(gov.level()).isEqualTo(1);
            assertThat(outcome(gov, "gov.production-answerable")).isNotEqualTo(Outcome.MET);
        }
    }

    @Test
    void the_level_2_registry_proves_rebuildable_production_recorded_metrics_and_an_answerable_production() throws Exception {
        try (MlflowServer server = MlflowServer.start(MlflowPlatforms.level2Classical(REPO_URL, commit))) {
            Report report = scan(server.uri());
            String run = MlflowPlatforms.runId("train-3");
            String version = server.uri() + "#/models/churn-classifier/versions/3 (run " + run + ")";

            AxisResult repro = axis(report, Axis.REPRODUCIBILITY);
            assertThat(repro.level()).isEqualTo(2);
            assertThat(repro.next()).contains("repro.pipelines-ci-tested");
            for (String id : List.of("repro.code-in-git", "repro.data-versioned", "repro.experiment-tracker", "repro.model-registry",
                    "repro.production-rebuildable", "repro.no-notebook-deploys", "repro.deps-pinned")) {
                assertThat(outcome(repro, id)).as(id).isEqualTo(Outcome.MET);
            }
            assertThat(locators(repro, "repro.production-rebuildable")).containsExactly(
                    "churn-model@" + commit, server.uri() + "#/experiments/1/runs/" + run, version);
            assertThat(evidence(repro, "repro.production-rebuildable").get(0).detail()).isEqualTo(
                    "model version churn-classifier/3 was built from this repository at commit " + commit + " (run " + run + ")");

            AxisResult eval = axis(report, Axis.EVALUATION);
            assertThat(eval.level()).isEqualTo(2);
            assertThat(locators(eval, "eval.metrics-recorded")).containsExactly(server.uri() + "#/experiments/1/runs/" + run, version);

            AxisResult gov = axis(report, Axis.GOVERNANCE);
            assertThat(gov.level()).isEqualTo(2);
            assertThat(locators(gov, "gov.production-answerable")).containsExactly(version);
            assertThat(evidence(gov, "gov.production-answerable").get(0).detail())
                    .isEqualTo("model version churn-classifier/3 is in production by alias champion");
        }
    }

    @Test
    void level_4_and_5_registry_evidence_is_shown_but_cannot_lift_a_level_whose_git_criteria_fail() throws Exception {
        try (MlflowServer server = MlflowServer.start(MlflowPlatforms.governed(REPO_URL, commit))) {
            Report report = scan(server.uri());
            AxisResult repro = axis(report, Axis.REPRODUCIBILITY);
            assertThat(repro.level()).isEqualTo(2);
            for (String id : List.of("repro.retraining-automated", "repro.lineage-complete", "repro.retraining-auditable")) {
                assertThat(outcome(repro, id)).as(id).isEqualTo(Outcome.MET);
            }
            assertThat(outcome(repro, "repro.pipelines-ci-tested")).isEqualTo(Outcome.NOT_MET);
            AxisResult eval = axis(report, Axis.EVALUATION);
            assertThat(eval.level()).isEqualTo(2);
            assertThat(outcome(eval, "eval.gates-block-deploys")).isEqualTo(Outcome.MET);
            assertThat(locators(eval, "eval.gates-block-deploys")).containsExactly(
                    server.uri() + "#/models/churn-classifier/versions/5 (run " + MlflowPlatforms.runId("sched-5") + ")");
            assertThat(outcome(eval, "eval.regression-suite-in-ci")).isEqualTo(Outcome.NOT_MET);
            assertThat(report.axis(Axis.REPRODUCIBILITY, Track.LLM).orElseThrow().applicable()).isTrue();
        }
    }

    @Test
    void an_unreachable_tracking_server_makes_the_registry_criteria_unknown_and_lifts_only_the_ceiling() throws Exception {
        Report report = scan("http://127.0.0.1:" + closedPort());
        assertThat(source(report, "mlflow")).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(source(report, "git")).isEqualTo(SourceStatus.OK);
        AxisResult repro = axis(report, Axis.REPRODUCIBILITY);
        assertThat(repro.level()).as("pinned requirements satisfy 'versioned' whatever the registry says").isEqualTo(2);
        assertThat(repro.groups()).filteredOn(g -> g.name().equals("versioned")).singleElement()
                .satisfies(g -> assertThat(g.outcome()).isEqualTo(Outcome.MET));
        assertThat(outcome(repro, "repro.model-registry")).isEqualTo(Outcome.UNKNOWN);
        assertThat(repro.isGap(criterion(repro, "repro.model-registry"), false)).isFalse();
        assertThat(criterion(repro, "repro.model-registry").summary()).contains("connection refused");
        AxisResult eval = axis(report, Axis.EVALUATION);
        assertThat(eval.level()).isEqualTo(1);
        assertThat(outcome(eval, "eval.metrics-recorded")).isEqualTo(Outcome.UNKNOWN);
        assertThat(eval.ceiling()).isGreaterThanOrEqualTo(2);
    }

    private Report scan(String mlflowUri) throws Exception {
        Path out = tmp.resolve("report-" + System.nanoTime() + ".json");
        int code = Main.run("scan", repo.toString(), "--mlflow", mlflowUri, "--as-of", "2026-11-30",
                "--format", "json", "--output", out.toString());
        assertThat(code).isZero();
        return ReportJson.read(out);
    }

    private static AxisResult axis(Report report, Axis axis) {
        return report.axis(axis, Track.CLASSICAL).orElseThrow();
    }

    private static SourceStatus source(Report report, String kind) {
        return report.sources().stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow().status();
    }

    private static Outcome outcome(AxisResult axis, String id) {
        return criterion(axis, id).outcome();
    }

    private static CriterionResult criterion(AxisResult axis, String id) {
        return axis.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Evidence> evidence(AxisResult axis, String id) {
        return criterion(axis, id).evidence();
    }

    private static List<String> locators(AxisResult axis, String id) {
        return new ArrayList<>(evidence(axis, id).stream().map(Evidence::locator).toList());
    }

    private static int closedPort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
