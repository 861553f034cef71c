package dev.maturity.probes.git.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registry, rebuildable models, evaluation metrics and dataset lineage proven by the code a pipeline or CI runs. */
class PipelinePracticesTest {

    private static final String DVC_YAML = """
            artifacts:
              churn-model:
                path: models/model.pkl
                type: model
            stages:
              train:
                cmd: python src/train.py data/customers.csv models/model.pkl
                deps:
                - data/customers.csv
                - src/train.py
                params:
                - train.alpha
                outs:
                - models/model.pkl
              evaluate:
                cmd: python src/evaluate.py models/model.pkl
                deps:
                - models/model.pkl
                outs:
                - eval
            metrics:
            - eval/metrics.json
            plots:
            - eval/plots/roc.json
            """;
    private static final String DVC_LOCK = """
            schema: '2.0'
            stages:
              train:
                cmd: python src/train.py data/customers.csv models/model.pkl
                deps:
                - path: data/customers.csv
                  hash: md5
                  md5: 1c6ea1cbb3b4a5d2a9bd5b1d5f1f0c3a
                - path: src/train.py
                  hash: md5
                  md5: 9e107d9d372bb6826bd81d3542a419d6
                params:
                  params.yaml:
                    train.alpha: 0.1
                outs:
                - path: models/model.pkl
                  hash: md5
                  md5: e4d909c290d0fb1ca068ffaddf22cbd0
            """;

    @TempDir
    Path dir;

    @Test
    void aDvcPipelineThatOutputsADeclaredModelRegistersItRebuildsItAndRecordsItsMetrics() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("dvc.yaml", DVC_YAML).file("dvc.lock", DVC_LOCK).file("params.yaml", "train:\n  alpha: 0.1\n")
                    .file("src/train.py", "import pickle\nfrom sklearn.linear_model import LogisticRegression\n")
                    .file("src/evaluate.py", "from dvclive import Live\n\nwith Live() as live:\n    live.log_metric(\"auc\", 0.9)\n")
                    .commit("pipeline");
        }
        Scanned s = Scanned.of(dir);
        Finding registry = s.run(new ModelRegisteredProbe());
        assertThat(registry.outcome()).isEqualTo(Outcome.MET);
        assertThat(registry.summary()).isEqualTo("model registration: dvc.yaml declares model artefact(s) churn-model (models/model.pkl)");
        assertThat(registry.evidence()).extracting(Evidence::locator).containsExactly(s.at("dvc.yaml", 2, 4));

        Finding rebuild = s.run(new ModelRebuildableProbe());
        assertThat(rebuild.outcome()).isEqualTo(Outcome.MET);
        assertThat(rebuild.summary()).isEqualTo("dvc.yaml with its dvc.lock pins models/model.pkl to the data, code and params that built it");
        assertThat(rebuild.evidence()).extracting(Evidence::locator).containsExactly(s.at("dvc.lock", 4, 18));

        Finding metrics = s.run(new EvalMetricsRecordedProbe());
        assertThat(metrics.outcome()).isEqualTo(Outcome.MET);
        assertThat(metrics.summary()).isEqualTo("dvclive metric logging in code that runs: src/evaluate.py run by dvc.yaml#evaluate (dvc stage); "
                + "dvc.yaml records eval/metrics.json, eval/plots/roc.json from the outputs of its stages");
        assertThat(metrics.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(s.at("src/evaluate.py", 4, 4),
                s.at("dvc.yaml", 15, 20), s.at("dvc.yaml", 22, 24));
    }

    @Test
    void registrationAndDatasetLoggingInCodeThatCiRunsAreWiredAndMakeTheModelRebuildable() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("src/jobs/training.py", """
                    import mlflow
                    from sklearn.ensemble import RandomForestRegressor

                    def main(data):
                        with mlflow.start_run():
                            mlflow.log_input(mlflow.data.from_pandas(data), context="training")
                            model = RandomForestRegressor().fit(data, data)
                            mlflow.log_metric("r2", 0.8)
                            mlflow.sklearn.log_model(model, "model", registered_model_name="bikes")
                    """)
                    .file("tests/test_training.py", "from src.jobs import training\n\ndef test_main():\n    training.main([])\n")
                    .file(".github/workflows/ci.yml", """
                            on: pull_request
                            jobs:
                              test:
                                runs-on: ubuntu-latest
                                steps:
                                  - run: pytest tests
                            """)
                    .commit("jobs");
        }
        Scanned s = Scanned.of(dir);
        Finding registry = s.run(new ModelRegisteredProbe());
        assertThat(registry.outcome()).isEqualTo(Outcome.MET);
        assertThat(registry.summary()).isEqualTo("mlflow model registration in code that runs: src/jobs/training.py run by "
                + ".github/workflows/ci.yml#test (pull_request)");
        assertThat(registry.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(s.at("src/jobs/training.py", 9, 9),
                s.at(".github/workflows/ci.yml", 3, 6));
        Finding data = s.run(new DatasetLoggedProbe());
        assertThat(data.outcome()).isEqualTo(Outcome.MET);
        assertThat(data.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(s.at("src/jobs/training.py", 6, 6),
                s.at(".github/workflows/ci.yml", 3, 6));
        Finding rebuild = s.run(new ModelRebuildableProbe());
        assertThat(rebuild.outcome()).isEqualTo(Outcome.MET);
        assertThat(rebuild.summary()).isEqualTo("src/jobs/training.py (mlflow) registers the model from a run that records its training data "
                + "(src/jobs/training.py), run by .github/workflows/ci.yml#test (pull_request)");
        assertThat(s.run(new EvalMetricsRecordedProbe()).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void registrationNothingRunsIsDeclaredOnlyAndNotebooksDoNotRecordMetrics() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("train.py", "import mlflow\nmlflow.register_model(\"runs:/abc/model\", \"churn\")\n")
                    .file("notebooks/explore.ipynb", "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"import mlflow\\n\","
                            + " \"mlflow.log_metric(\\\"auc\\\", 0.9)\\n\"]}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}")
                    .commit("by hand");
        }
        Scanned s = Scanned.of(dir);
        Finding registry = s.run(new ModelRegisteredProbe());
        assertThat(registry.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(registry.summary()).isEqualTo("model registration calls declared only: no CI job or pipeline (DVC stage, MLproject entry point, "
                + "orchestrator pipeline) runs train.py");
        assertThat(registry.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(s.at("train.py", 2, 2), s.tree());
        Finding metrics = s.run(new EvalMetricsRecordedProbe());
        assertThat(metrics.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(metrics.summary()).isEqualTo("no evaluation metrics recorded by code that runs and no DVC metrics or plots");
        assertThat(s.run(new ModelRebuildableProbe()).summary())
                .isEqualTo("no locked model build (dvc.lock), no GTO model tag and no registration by code that runs");
    }

    @Test
    void aZenmlPipelineRecordsTheMetricsItsStepsLog() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("pipelines/training.py", "from zenml import pipeline\nfrom steps.evaluate import evaluate\n\n@pipeline\n"
                            + "def training():\n    evaluate()\n")
                    .file("steps/evaluate.py", "from sklearn.metrics import r2_score\nfrom zenml import log_metadata, step\n\n@step\n"
                            + "def evaluate():\n    log_metadata(metadata={\"r2\": r2_score([1], [1])})\n")
                    .commit("zenml");
        }
        Scanned s = Scanned.of(dir);
        Finding metrics = s.run(new EvalMetricsRecordedProbe());
        assertThat(metrics.outcome()).isEqualTo(Outcome.MET);
        assertThat(metrics.summary()).isEqualTo("zenml metric logging in code that runs: steps/evaluate.py run by "
                + "pipelines/training.py#training (zenml pipeline)");
        assertThat(metrics.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(s.at("steps/evaluate.py", 6, 6),
                s.at("pipelines/training.py", 4, 6));
    }

    @Test
    void aZenmlTrainingPipelineVersionsItsDataAndItsModelWithTheirLineage() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("pipelines/training.py", "from zenml import Model, pipeline\nfrom steps.train import train\n\n"
                            + "@pipeline(model=Model(name=\"prices\"))\ndef training():\n    train()\n")
                    .file("steps/train.py", "from sklearn.linear_model import LinearRegression\nfrom zenml import step\n\n@step\n"
                            + "def train(data):\n    return LinearRegression().fit(data, data)\n")
                    .commit("zenml");
        }
        Scanned s = Scanned.of(dir);
        Finding data = s.run(new DatasetLoggedProbe());
        assertThat(data.outcome()).isEqualTo(Outcome.MET);
        assertThat(data.summary()).isEqualTo("dataset versioning: pipelines/training.py#training (zenml pipeline) trains a model; "
                + "zenml versions every step's inputs and outputs");
        assertThat(data.evidence()).extracting(Evidence::locator).containsExactly(s.at("pipelines/training.py", 4, 6));
        Finding rebuild = s.run(new ModelRebuildableProbe());
        assertThat(rebuild.outcome()).isEqualTo(Outcome.MET);
        assertThat(rebuild.summary()).isEqualTo("pipelines/training.py (zenml) registers the model from pipelines/training.py#training "
                + "(zenml pipeline), whose metadata store links each model version to its run, input artifacts and code");
    }

    @Test
    void gtoTagsMadeBeforeTheScanRegisterModelVersionsAndLaterOnesDoNot() throws Exception {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("dvc.yaml", "artifacts:\n  churn:\n    path: model.pkl\n    type: model\nstages:\n  train:\n"
                    + "    cmd: python train.py\n    outs:\n    - other.pkl\n").file("train.py", "print('train')\n");
            var c = repo.commit("model");
            repo.git().tag().setName("churn@v1.0.0").setObjectId(c).setAnnotated(true).setMessage("registering")
                    .setTagger(new PersonIdent("ml", "ml@example.com", Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC)).call();
            repo.git().tag().setName("churn#prod#1").setObjectId(c).setAnnotated(true).setMessage("promote")
                    .setTagger(new PersonIdent("ml", "ml@example.com", Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC)).call();
            repo.git().tag().setName("web@v2.0.0").setObjectId(c).setAnnotated(false).call();
            Scanned s = Scanned.of(dir);
            Finding registry = s.run(new ModelRegisteredProbe());
            assertThat(registry.outcome()).isEqualTo(Outcome.MET);
            assertThat(registry.summary()).isEqualTo("model registration: 1 GTO tag(s) register or stage model versions (churn@v1.0.0)");
            assertThat(registry.evidence()).extracting(Evidence::locator).containsExactly(s.tree());
            assertThat(s.run(new ModelRebuildableProbe()).summary()).isEqualTo("1 GTO tag(s) tie model versions to the commits that built them");
        }
    }
}
