package dev.maturity.probes.git.tracking;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.code.Signal;

/**
 * Training data is versioned by the run that uses it: dataset inputs logged with their digest
 * ({@code mlflow.log_input}), W&B dataset artefacts used or logged, Azure ML datasets registered
 * with versions, {@code dvc.api} reads at a revision, in code that CI or a pipeline runs; or a
 * training pipeline of an orchestrator that versions every step's artifacts (ZenML, Metaflow, TFX).
 */
public final class DatasetLoggedProbe extends PracticeInRunningCodeProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.dataset-logged-by-pipeline",
            "Does the pipeline record the version of the data it trains on (dataset inputs, dataset artefacts)?",
            "Log training data with its digest from the pipeline (mlflow.log_input, W&B dataset artefacts, registered dataset versions).",
            "EU-AI-Act:Art.10", "NIST-AI-RMF:MAP-4.1", "ISO-42001:A.7.5");

    public DatasetLoggedProbe() {
        super(METADATA, Signal.DATASET_LINEAGE, "dataset versioning", "dataset logging calls");
    }

    /** Pipelines whose orchestrator versions every step's outputs, the data a training step reads included. */
    static final java.util.Set<String> VERSIONING = java.util.Set.of("zenml", "metaflow", "tfx");

    @Override
    java.util.List<Found> beyondCode(dev.maturity.core.facts.Facts facts, dev.maturity.core.spi.ProbeContext context) {
        java.util.Set<String> training = new java.util.HashSet<>();
        facts.of(dev.maturity.probes.git.code.CodeSignal.class).stream().filter(s -> s.signal() == Signal.CLASSICAL_TRAINING)
                .forEach(s -> training.add(s.path()));
        return facts.of(dev.maturity.probes.git.wiring.PipelineStage.class).stream()
                .filter(st -> VERSIONING.contains(st.system()) && st.runs().stream().anyMatch(training::contains)).limit(3)
                .map(st -> new Found(st.label() + " trains a model; " + st.system() + " versions every step's inputs and outputs",
                        java.util.List.of(st.evidence()))).toList();
    }

    @Override
    String noneFound() {
        return "no dataset inputs or dataset artefacts logged by code that runs";
    }
}
