package dev.maturity.probes.mlflow;

import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.MlflowLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.spi.Collector;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.spi.SourceLimits;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.probes.mlflow.client.MlflowHttp;
import dev.maturity.probes.mlflow.client.ReadSettings;
import dev.maturity.probes.mlflow.client.TrackingServer;
import java.util.ArrayList;
import java.util.List;

/**
 * The MLflow source: reads one tracking server ({@code --mlflow} or {@code MLFLOW_TRACKING_URI})
 * read-only, within a time budget. A domain that could not be read is reported unavailable with
 * the reason (not configured, not an http(s) URI, forbidden, unreachable, malformed), and the scan goes on.
 */
public final class MlflowCollector implements Collector {

    public static final String URI_OPTION = "mlflow.uri";
    public static final String URI_VARIABLE = "MLFLOW_TRACKING_URI";

    private final ReadSettings settings;

    public MlflowCollector() {
        this(ReadSettings.DEFAULTS);
    }

    public MlflowCollector(ReadSettings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "mlflow";
    }

    @Override
    public CollectorResult collect(ScanRequest request) {
        CollectorResult.Builder out = CollectorResult.builder();
        String uri = request.option(URI_OPTION);
        String from = "--mlflow";
        if (uri == null || uri.isBlank()) {
            uri = request.env(URI_VARIABLE);
            from = URI_VARIABLE;
        }
        if (uri == null || uri.isBlank()) {
            return notConfigured(MlflowDomains.NOT_CONFIGURED);
        }
        TrackingServer server;
        try {
            server = TrackingServer.of(uri, request::env);
        } catch (IllegalArgumentException e) {
            // MLFLOW_TRACKING_URI often names a local file store (./mlruns): the server is not read, the scan goes on
            return unavailable(SourceStatus.ERROR, e.getMessage() + " (from " + from + ")");
        }
        return read(server, SourceLimits.from(request), out);
    }

    @Override
    public CollectorResult notConfigured(String reason) {
        return unavailable(SourceStatus.NOT_CONFIGURED, reason);
    }

    private CollectorResult read(TrackingServer server, SourceLimits limits, CollectorResult.Builder out) {
        try (MlflowHttp http = new MlflowHttp(server, settings, limits)) {
            TrackingServerRead read = new TrackingServerRead(http).run();
            List<String> failures = new ArrayList<>();
            SourceStatus status = SourceStatus.OK;
            for (String domain : MlflowDomains.ALL) {
                TrackingServerRead.Failure f = read.failures().get(domain);
                if (f == null) {
                    out.read(domain);
                } else {
                    String reason = "MLflow at " + server.uri() + ": " + f.message();
                    out.unavailable(domain, reason);
                    if (status == SourceStatus.OK) {
                        status = f.status();
                    }
                    if (!failures.contains(f.message())) {
                        failures.add(f.message());
                    }
                }
            }
            out.facts(read.facts());
            if (read.failures().size() < MlflowDomains.ALL.size()) {
                out.fact(new SourceRead("mlflow", server.uri(), null, new Evidence(
                        new MlflowLocation(server.uri(), null, null, null, null), Strength.LIVE, null, read.summary())));
            }
            dev.maturity.core.secret.Cleartext.note(server.uri(), server.authorization() != null).ifPresent(failures::add);
            out.source(new SourceReport("mlflow", server.uri(), null, status, String.join("; ", failures)));
            return out.build();
        }
    }

    private static CollectorResult unavailable(SourceStatus status, String reason) {
        CollectorResult.Builder out = CollectorResult.builder();
        out.source(new SourceReport("mlflow", null, null, status, reason));
        MlflowDomains.ALL.forEach(d -> out.unavailable(d, reason));
        return out.build();
    }
}
