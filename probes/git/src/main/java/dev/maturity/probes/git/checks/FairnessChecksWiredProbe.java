package dev.maturity.probes.git.checks;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.code.Signal;

/** Fairness metrics (fairlearn MetricFrame, aif360) are computed by CI, a schedule or the training pipeline. */
public final class FairnessChecksWiredProbe extends WiredCheckProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.fairness-checks-wired",
            "Are fairness and bias checks run by CI, a schedule or the training pipeline?",
            "Compute fairness metrics (fairlearn MetricFrame, aif360) across protected attributes in a scheduled job or the training pipeline.",
            "EU-AI-Act:Art.10", "NIST-AI-RMF:MEASURE-2.11", "ISO-42001:A.5.4");

    public FairnessChecksWiredProbe() {
        super(Signal.FAIRNESS, null, Runner.PIPELINE_OR_CI, "fairness");
    }

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }
}
