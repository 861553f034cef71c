package dev.maturity.probes.git.tracking;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.code.Signal;

/**
 * An experiment tracker is called from code that runs: a file with tracking calls that a CI job,
 * a DVC stage, an MLflow Project entry point or an orchestrator pipeline runs. Tracking calls
 * nothing runs are declared only.
 */
public final class TrackerInTrainingCodeProbe extends PracticeInRunningCodeProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.tracker-in-training-code",
            "Is an experiment tracker called from training code that CI or a pipeline runs?",
            "Log params and metrics to one tracker (MLflow, Weights & Biases, Neptune) from the training entry point that pipelines or CI run.",
            "EU-AI-Act:Art.12", "NIST-AI-RMF:MEASURE-2.1", "ISO-42001:A.6.2.8");

    public TrackerInTrainingCodeProbe() {
        super(METADATA, Signal.TRACKER, "tracking", "tracker calls");
    }

    @Override
    String noneFound() {
        return "no experiment tracker calls found in the code";
    }
}
