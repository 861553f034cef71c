package dev.maturity.probes.git.pipeline;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * A committed pipeline definition that trains or prepares models: a DVC pipeline ({@code dvc.yaml}
 * stages), an MLflow Project ({@code MLproject} entry points) or a compiled Kubeflow pipeline spec.
 *
 * @param kind     what defines it
 * @param steps    stage, entry point or task names
 * @param commands the shell commands the steps run (DVC {@code cmd}, MLflow {@code command}); empty for Kubeflow
 */
public record PipelineDefinition(String repo, String path, Kind kind, List<String> steps, List<String> commands,
                                 Evidence evidence) implements Fact {

    public PipelineDefinition {
        steps = List.copyOf(steps);
        commands = List.copyOf(commands);
    }

    /** The kinds of pipeline definition recognised. */
    public enum Kind { DVC, MLPROJECT, KUBEFLOW }
}
