package dev.maturity.probes.git.telemetry;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A committed manifest (plain YAML or a Helm template) that has a service's metrics scraped: a
 * Prometheus Operator ServiceMonitor or PodMonitor, or {@code prometheus.io/scrape: "true"}.
 */
public record MonitorManifest(String repo, String path, String kind, Evidence evidence) implements Fact {
}
