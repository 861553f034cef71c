package dev.maturity.probes.git.wiring;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * A stage that a pipeline tool runs: a DVC stage, an MLflow Project entry point, or a pipeline
 * defined in code for an orchestrator, with the repository files it runs.
 *
 * @param system   {@code dvc}, {@code mlproject}, or the orchestrator ({@code zenml}, {@code kfp}, {@code prefect},
 *                 {@code dagster}, {@code metaflow}, {@code airflow}, {@code tfx}, {@code azureml}, {@code sagemaker})
 * @param file     {@code dvc.yaml}, {@code MLproject} or the pipeline's source file, repo-relative
 * @param name     the stage or entry point name
 * @param commands its command lines
 * @param runs     repo paths its commands run (scripts and the modules they import)
 * @param evidence the stage's lines, strength {@code wired}
 */
public record PipelineStage(String repo, String system, String file, String name, List<String> commands,
                            List<String> runs, Evidence evidence) implements Fact {

    public PipelineStage {
        commands = List.copyOf(commands);
        runs = List.copyOf(runs);
    }

    public String label() {
        boolean file = system.equals("dvc") || system.equals("mlproject");
        return this.file + "#" + name + " (" + system + (file ? " stage)" : " pipeline)");
    }
}
