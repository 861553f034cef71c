package dev.maturity.probes.git.data;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * What a DVC pipeline ({@code dvc.yaml}, with its {@code dvc.lock}) produces beyond data: model
 * artefacts declared in its {@code artifacts:} section that a stage outputs, metrics and plots
 * files its stages write, and models whose building the lock file pins.
 *
 * @param models        {@code name (path)} of each {@code type: model} artefact that is a stage's output
 * @param metrics       metrics and plots files the stages write (stage {@code metrics}/{@code plots}, or top-level ones under a stage's outputs)
 * @param lockedModels  model outputs that {@code dvc.lock} pins by hash together with hashed inputs (data, code) and params
 * @param modelsEvidence  the {@code artifacts:} lines, or null
 * @param metricsEvidence the {@code metrics:}/{@code plots:} lines, or null
 * @param lockEvidence    the {@code dvc.lock} stage that builds a locked model, or null
 */
public record DvcOutputs(String repo, String file, List<String> models, List<String> metrics, List<String> lockedModels,
                         Evidence modelsEvidence, Evidence metricsEvidence, Evidence lockEvidence) implements Fact {

    public DvcOutputs {
        models = List.copyOf(models);
        metrics = List.copyOf(metrics);
        lockedModels = List.copyOf(lockedModels);
    }

    /** The first of its pieces of evidence. */
    @Override
    public Evidence evidence() {
        return modelsEvidence != null ? modelsEvidence : metricsEvidence != null ? metricsEvidence : lockEvidence;
    }
}
