package dev.maturity.cli;

import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.probes.kubernetes.collect.ClusterConnection;
import dev.maturity.probes.mlflow.client.TrackingServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every option of {@code maturity scan} that can be checked without reading a source is checked
 * before the first one is read: a mistake costs one line and exit 2, never a finished scan whose
 * push or record then fails. Options that only mean something for a platform scan name
 * {@code --config} when given without it.
 */
final class OptionChecks {

    private OptionChecks() {
    }

    /** Checks the options; returns the history store a single scan records into, opened (or null). */
    static HistoryStore check(ScanCommand cmd) {
        PlatformOptions p = cmd.platform;
        if (p.config == null) {
            needsConfig("--shard", p.shard, "selects this pod's share of a platform's targets");
            needsConfig("--parallel", p.parallel, "sets how many targets of a platform are scanned at once");
            needsConfig("--allow-failed", p.allowFailed, "counts the failed targets of a platform scan");
        }
        if (p.pushgateway != null) {
            PushGateway.base(p.pushgateway);
        }
        if (cmd.sources.mlflow != null) {
            try {
                TrackingServer.of(cmd.sources.mlflow, name -> null);
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.UsageException("--mlflow: " + e.getMessage());
            }
        }
        if (cmd.sources.kubeContext != null) {
            try {
                ClusterConnection.resolve(new ScanRequest(List.of(), null, Instant.EPOCH,
                        Map.of("kubernetes.context", cmd.sources.kubeContext), cmd.environment, null));
            } catch (ClusterConnection.ConnectionException e) {
                throw new ExitCodes.UsageException(e.getMessage());
            }
        }
        cmd.limits.options();
        return p.config == null && p.history != null ? PlatformScan.openHistory(p.history) : null;
    }

    private static void needsConfig(String flag, Object value, String what) {
        if (value != null) {
            throw new ExitCodes.UsageException(flag + " " + what + "; give it with --config FILE (a maturity.yaml), or leave it out");
        }
    }
}
