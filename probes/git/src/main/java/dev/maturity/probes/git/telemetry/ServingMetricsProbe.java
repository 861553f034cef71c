package dev.maturity.probes.git.telemetry;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Serving code exposes metrics: a metrics library (prometheus_client, Micrometer, OpenTelemetry
 * metrics, prom-client, client_golang) used in a file that serves (a web or model-serving
 * framework in it or in its directory) or that lives under a serving path.
 */
public final class ServingMetricsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.serving-metrics",
            "Does the model-serving code expose metrics (Prometheus, Micrometer, OpenTelemetry)?",
            "Expose request count, latency and error metrics from the serving code (prometheus_client, Micrometer, OpenTelemetry metrics).",
            "EU-AI-Act:Art.72", "NIST-AI-RMF:MEASURE-2.4");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = GitProbes.unread(facts, METADATA.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        List<CodeSignal> signals = facts.of(CodeSignal.class);
        Set<String> servingDirs = signals.stream().filter(s -> s.signal() == Signal.SERVING)
                .map(s -> dir(s.path())).collect(Collectors.toSet());
        MlPaths paths = MlPaths.from(context.parameters());
        List<CodeSignal> hits = signals.stream().filter(s -> s.signal() == Signal.SERVING_METRICS)
                .filter(s -> servingDirs.contains(dir(s.path())) || paths.is(s.path(), PathKind.DEPLOY)).toList();
        if (hits.isEmpty()) {
            List<CodeSignal> serving = signals.stream().filter(s -> s.signal() == Signal.SERVING).toList();
            return GitProbes.notFound(facts, METADATA.id(), serving.isEmpty() ? "no serving code with metrics instrumentation"
                    : "serving code (" + Tools.of(serving) + ") exposes no metrics", serving.stream().map(CodeSignal::evidence).toList());
        }
        return Finding.met(METADATA.id(), "serving metrics via " + Tools.of(hits),
                hits.stream().map(CodeSignal::evidence).toList());
    }

    private static String dir(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }
}
