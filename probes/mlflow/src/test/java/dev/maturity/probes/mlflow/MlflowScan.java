package dev.maturity.probes.mlflow;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Track;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.probes.mlflow.client.ReadSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Runs the MLflow collector against a server, then every installed MLflow probe, with the default rubric's parameters. */
final class MlflowScan {

    /** Quick timeouts and retries for loopback tests. */
    static final ReadSettings FAST = ReadSettings.DEFAULTS
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
            .withRetries(3, Duration.ofMillis(20), Duration.ofMillis(200))
            .withBudget(Duration.ofSeconds(30));

    private static final Map<String, Probe> PROBES = probes();
    private static final Map<String, Object> PARAMETERS = RubricLoader.loadDefault().parameters();

    final CollectorResult result;
    final Facts facts;

    private MlflowScan(CollectorResult result, Facts facts) {
        this.result = result;
        this.facts = facts;
    }

    static MlflowScan of(String uri, Map<String, String> env, ReadSettings settings) {
        return of(uri, env, settings, List.of());
    }

    static MlflowScan of(String uri, Map<String, String> env, ReadSettings settings, List<dev.maturity.core.facts.Fact> extra) {
        ScanRequest request = new ScanRequest(List.of(), null, MlflowPlatforms.AS_OF,
                uri == null ? Map.of() : Map.of(MlflowCollector.URI_OPTION, uri), env, null);
        CollectorResult r = new MlflowCollector(settings).collect(request);
        Facts.Builder b = Facts.builder().addAll(r.facts()).addAll(extra);
        r.coverage().forEach(b::availability);
        return new MlflowScan(r, b.build());
    }

    static MlflowScan of(String uri) {
        return of(uri, Map.of(), FAST);
    }

    Finding finding(String probeId, Track track) {
        Probe probe = PROBES.get(probeId);
        if (probe == null) {
            throw new IllegalArgumentException("no probe " + probeId);
        }
        return probe.evaluate(facts, new ProbeContext(track, MlflowPlatforms.AS_OF, PARAMETERS));
    }

    Finding finding(String probeId) {
        return finding(probeId, Track.CLASSICAL);
    }

    static Map<String, Probe> probes() {
        Map<String, Probe> out = new TreeMap<>();
        ServiceLoader.load(Probe.class).forEach(p -> out.put(p.id(), p));
        return out;
    }
}
