package dev.maturity.probes.git.telemetry;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.wiring.Citations;
import dev.maturity.probes.git.wiring.TestFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * The service sends telemetry a platform can watch: its serving component sets up metrics, traces or
 * error reporting (Prometheus client, OpenTelemetry SDK or instrumentations, Azure Monitor, Sentry,
 * Datadog, LLM tracing such as Langfuse, LangSmith or Weave), or committed manifests have its
 * metrics scraped (ServiceMonitor, PodMonitor, scrape annotations). The telemetry must live in the
 * serving component: the directory of a serving file, one of its parents, or below it. Notebooks and
 * tests are not services.
 */
public final class ServiceTelemetryProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.service-telemetry",
            "Does the serving component send metrics, traces or errors to a monitoring backend, or have its metrics scraped?",
            "Instrument the service (Prometheus client, OpenTelemetry, Sentry or an LLM tracing SDK) and scrape it (ServiceMonitor/PodMonitor).",
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
        List<CodeSignal> code = facts.of(CodeSignal.class).stream().filter(s -> !s.path().endsWith(".ipynb") && !TestFiles.isTest(s.path()))
                .toList();
        List<String> serving = code.stream().filter(s -> s.signal() == Signal.SERVING).map(s -> dir(s.path())).distinct().toList();
        List<Evidence> met = new ArrayList<>();
        List<String> how = new ArrayList<>();
        for (CodeSignal s : code) {
            if ((s.signal() == Signal.APP_TELEMETRY || s.signal() == Signal.SERVING_METRICS) && inServing(dir(s.path()), serving)) {
                met.add(s.evidence());
                how.add(s.tool() + " in " + s.path());
            }
        }
        for (MonitorManifest m : facts.of(MonitorManifest.class)) {
            met.add(m.evidence());
            how.add(m.kind() + " in " + m.path());
        }
        if (!met.isEmpty()) {
            return Finding.met(METADATA.id(), "service telemetry: " + Citations.join(how), Citations.first(met));
        }
        List<CodeSignal> stray = code.stream().filter(s -> s.signal() == Signal.APP_TELEMETRY).toList();
        return GitProbes.notFound(facts, METADATA.id(), serving.isEmpty() ? "no serving code and no scraped service"
                : stray.isEmpty() ? "serving code sends no metrics, traces or errors and no manifest scrapes it"
                : "telemetry set up outside the serving component (" + Citations.join(stray.stream().map(CodeSignal::path).toList()) + ")",
                Citations.first(stray.stream().map(CodeSignal::evidence).toList()));
    }

    /** The telemetry's directory is a serving directory, one of its parents, or lies below one. */
    private static boolean inServing(String dir, List<String> serving) {
        for (String s : serving) {
            if (s.equals(dir) || s.startsWith(dir.isEmpty() ? "" : dir + "/") || dir.startsWith(s.isEmpty() ? "" : s + "/")) {
                return true;
            }
        }
        return false;
    }

    private static String dir(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }
}
