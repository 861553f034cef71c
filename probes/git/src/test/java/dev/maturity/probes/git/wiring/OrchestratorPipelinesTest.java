package dev.maturity.probes.git.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.GitFacts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrchestratorPipelinesTest {

    @TempDir
    Path dir;

    private List<PipelineStage> stages(GitRepoBuilder repo) {
        repo.commit("pipelines");
        Facts facts = GitFacts.collect(repo.dir(), new PipelineStageExtractor());
        return facts.of(PipelineStage.class);
    }

    private static PipelineStage stage(List<PipelineStage> all, String label) {
        return all.stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label + " not in " + all));
    }

    @Test
    void aZenmlPipelineRunsItsStepsAndWhatTheyImport() {
        GitRepoBuilder repo = GitRepoBuilder.init(dir.resolve("prices"))
                .file("pipelines/training_pipeline.py", "from zenml import Model, pipeline\n"
                        + "from steps.train_step import train_step\nfrom steps.evaluate_step import evaluate_step\n\n"
                        + "@pipeline(\n    model=Model(name=\"prices\")\n)\n\ndef training_pipeline():\n    model = train_step()\n"
                        + "    evaluate_step(model)\n\n\nif __name__ == \"__main__\":\n    training_pipeline()\n")
                .file("steps/__init__.py", "")
                .file("steps/train_step.py", "import mlflow\nfrom zenml import step\nfrom src.model import build\n\n@step\ndef train_step():\n    return build()\n")
                .file("steps/evaluate_step.py", "from zenml import step\n\n@step\ndef evaluate_step(model):\n    return {}\n")
                .file("src/model.py", "from sklearn.linear_model import LinearRegression\n")
                .file("src/unused.py", "import os\n");
        PipelineStage p = stage(stages(repo), "pipelines/training_pipeline.py#training_pipeline (zenml pipeline)");
        assertThat(p.system()).isEqualTo("zenml");
        assertThat(p.runs()).containsExactlyInAnyOrder("pipelines/training_pipeline.py", "steps/train_step.py",
                "steps/evaluate_step.py", "src/model.py");
        assertThat(p.evidence().locator()).endsWith(":pipelines/training_pipeline.py#L5-L11");
    }

    @Test
    void metaflowAirflowKubeflowAndAzureMlDefinitionsAreRecognised() {
        GitRepoBuilder repo = GitRepoBuilder.init(dir.resolve("flows"))
                .file("flows/train_flow.py", "from metaflow import FlowSpec, step\nfrom model import fit\n\n"
                        + "class TrainFlow(FlowSpec):\n    @step\n    def start(self):\n        fit()\n        self.next(self.end)\n\n"
                        + "    @step\n    def end(self):\n        pass\n")
                .file("flows/model.py", "import wandb\n")
                .file("dags/retrain.py", "from airflow import DAG\nfrom airflow.operators.bash import BashOperator\n\n"
                        + "with DAG(\"retrain\", schedule=\"@weekly\") as dag:\n"
                        + "    train = BashOperator(task_id=\"train\", bash_command=\"python jobs/train.py --full\")\n")
                .file("jobs/train.py", "import mlflow\n")
                .file("kfp_pipeline.py", "from kfp import dsl\n\n@dsl.pipeline(name=\"forecast\")\ndef forecast_pipeline(cutoff: float):\n    pass\n")
                .file("ml_service/build_pipeline.py", "from azureml.pipeline.core import Pipeline\n"
                        + "from azureml.pipeline.steps import PythonScriptStep\n\n"
                        + "step = PythonScriptStep(name=\"train\", script_name=\"training/train_aml.py\", source_directory=\"diabetes\")\n"
                        + "pipeline = Pipeline(workspace=ws, steps=[step])\n")
                .file("diabetes/training/train_aml.py", "from azureml.core import Run\n");
        List<PipelineStage> all = stages(repo);
        assertThat(all).extracting(PipelineStage::label).containsExactlyInAnyOrder(
                "flows/train_flow.py#TrainFlow (metaflow pipeline)", "dags/retrain.py#retrain (airflow pipeline)",
                "kfp_pipeline.py#forecast_pipeline (kfp pipeline)", "ml_service/build_pipeline.py#azureml pipeline (azureml pipeline)");
        assertThat(stage(all, "flows/train_flow.py#TrainFlow (metaflow pipeline)").runs()).containsExactlyInAnyOrder(
                "flows/train_flow.py", "flows/model.py");
        assertThat(stage(all, "dags/retrain.py#retrain (airflow pipeline)").runs()).containsExactlyInAnyOrder(
                "dags/retrain.py", "jobs/train.py");
        assertThat(stage(all, "ml_service/build_pipeline.py#azureml pipeline (azureml pipeline)").runs()).containsExactlyInAnyOrder(
                "ml_service/build_pipeline.py", "diabetes/training/train_aml.py");
        assertThat(stage(all, "flows/train_flow.py#TrainFlow (metaflow pipeline)").evidence().locator()).endsWith("#L4-L12");
    }

    @Test
    void testsAndFilesWithoutTheOrchestratorImportDefineNoPipeline() {
        GitRepoBuilder repo = GitRepoBuilder.init(dir.resolve("plain"))
                .file("tests/test_pipeline.py", "from zenml import pipeline\n\n@pipeline\ndef p():\n    pass\n")
                .file("app/pipeline.py", "def pipeline(f):\n    return f\n\n@pipeline\ndef run():\n    pass\n")
                .file("notes.py", "# @pipeline is how ZenML marks pipelines\nfrom zenml import step\n");
        assertThat(stages(repo)).isEmpty();
    }
}
