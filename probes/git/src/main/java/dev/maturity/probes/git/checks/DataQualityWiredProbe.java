package dev.maturity.probes.git.checks;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.code.Signal;
import java.util.regex.Pattern;

/** Data quality checks (Great Expectations, Soda, pandera, Deequ, dbt tests) run from CI, a schedule or the data pipeline. */
public final class DataQualityWiredProbe extends WiredCheckProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.data-quality-wired",
            "Are data quality checks run by CI, a schedule or the data pipeline?",
            "Run Great Expectations, Soda, pandera or Deequ checks from the ingestion pipeline or a CI job, failing on violations.",
            "EU-AI-Act:Art.10", "NIST-AI-RMF:MEASURE-2.1", "ISO-42001:A.7.4");

    private static final Pattern CLI = Pattern.compile(
            "great_expectations\\s+(--v3-api\\s+)?checkpoint\\s+run|\\bgx\\s+checkpoint\\s+run|\\bsoda\\s+scan\\b|\\bdbt\\s+(test|build)\\b"
                    + "|great[-_]expectations[-_]action|soda-github-action");

    public DataQualityWiredProbe() {
        super(Signal.DATA_QUALITY, CLI, Runner.PIPELINE_OR_CI, "data quality");
    }

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }
}
