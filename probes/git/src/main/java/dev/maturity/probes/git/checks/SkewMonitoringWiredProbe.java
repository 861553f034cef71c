package dev.maturity.probes.git.checks;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.code.Signal;

/** Training-serving skew is compared by a scheduled job. */
public final class SkewMonitoringWiredProbe extends WiredCheckProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.skew-monitoring-wired",
            "Does a scheduled job compare serving data to the training reference (training-serving skew)?",
            "Compare serving feature distributions to the training reference in a scheduled workflow.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MEASURE-4.2", "ISO-42001:A.6.2.6");

    public SkewMonitoringWiredProbe() {
        super(Signal.SKEW, null, Runner.SCHEDULE, "training-serving skew");
    }

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }
}
