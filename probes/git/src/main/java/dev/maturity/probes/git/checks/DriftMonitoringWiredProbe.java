package dev.maturity.probes.git.checks;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.code.Signal;
import java.util.regex.Pattern;

/** Drift and performance monitoring (Evidently, whylogs, NannyML, alibi-detect) runs from a scheduled job. */
public final class DriftMonitoringWiredProbe extends WiredCheckProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.drift-monitoring-wired",
            "Does a scheduled job run drift or model-performance monitoring?",
            "Run Evidently, whylogs, NannyML or alibi-detect from a scheduled workflow (on.schedule) against production data.",
            "EU-AI-Act:Art.72", "NIST-AI-RMF:MEASURE-4.2", "ISO-42001:A.6.2.6");

    private static final Pattern CLI = Pattern.compile("\\bnannyml\\s+run\\b");

    public DriftMonitoringWiredProbe() {
        super(Signal.DRIFT, CLI, Runner.SCHEDULE, "drift monitoring");
    }

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }
}
