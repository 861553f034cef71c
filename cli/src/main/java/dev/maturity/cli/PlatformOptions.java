package dev.maturity.cli;

import picocli.CommandLine.Option;

/** The options of a platform scan ({@code --config}) and of recording and exporting any scan. */
public final class PlatformOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "A platform config (maturity.yaml): scan its targets in parallel and record each in history.")
    java.nio.file.Path config;

    @Option(names = "--history", paramLabel = "PATH|JDBC-URL",
            description = "History store: an SQLite file or jdbc:postgresql://... (default with --config:"
                    + " $XDG_DATA_HOME/maturity/history.db). Without --config a scan is recorded only when this is given.")
    String history;

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Scan only shard i of n of the config's targets (default: $JOB_COMPLETION_INDEX/$JOB_COMPLETIONS).")
    String shard;

    @Option(names = "--parallel", paramLabel = "N", description = "Targets scanned at once (default: the number of cores).")
    Integer parallel;

    @Option(names = "--pushgateway", paramLabel = "URL",
            description = "Push each target's levels to this Prometheus Pushgateway (job 'maturity', grouped by target).")
    String pushgateway;

    @Option(names = "--allow-failed", paramLabel = "N|P%",
            description = "Targets that may fail or time out (a count, or a share such as 25%%) before a platform scan"
                    + " exits 3 as incomplete (default: defaults.allowFailed in maturity.yaml, else 0). A run in which"
                    + " every target failed always exits 3.")
    String allowFailed;

    boolean platformScan() {
        return config != null;
    }
}
