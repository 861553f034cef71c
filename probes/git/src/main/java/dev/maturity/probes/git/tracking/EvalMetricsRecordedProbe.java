package dev.maturity.probes.git.tracking;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.data.DvcOutputs;
import java.util.List;

/**
 * The pipeline records evaluation metrics: metric logging (MLflow, dvclive, W&B, Azure ML, KFP,
 * ZenML metadata, TFX Evaluator, a metrics file) in code that CI or a pipeline runs, or DVC stages
 * whose {@code metrics}/{@code plots} are outputs of the pipeline.
 */
public final class EvalMetricsRecordedProbe extends PracticeInRunningCodeProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.eval-metrics-recorded",
            "Does the training pipeline record evaluation metrics (code that runs, or DVC metrics and plots)?",
            "Log evaluation metrics from the evaluation step the pipeline runs (mlflow.log_metric, dvclive, DVC metrics/plots).",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MEASURE-2.3", "ISO-42001:A.6.2.4");

    public EvalMetricsRecordedProbe() {
        super(METADATA, Signal.EVAL_METRICS, "metric logging", "metric logging calls");
    }

    @Override
    List<Found> beyondCode(Facts facts, ProbeContext context) {
        return facts.of(DvcOutputs.class).stream().filter(o -> !o.metrics().isEmpty())
                .map(o -> new Found(o.file() + " records " + String.join(", ", o.metrics().stream().limit(3).toList())
                        + " from the outputs of its stages", List.of(o.metricsEvidence()))).toList();
    }

    @Override
    String noneFound() {
        return "no evaluation metrics recorded by code that runs and no DVC metrics or plots";
    }
}
