package dev.maturity.probes.git.telemetry;

import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.code.Sources;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds manifests that have metrics scraped, Helm templates included (they are read as text: a
 * template cannot be parsed before it is rendered).
 */
public final class MonitorManifestExtractor implements Extractor {

    private static final Pattern MONITOR = Pattern.compile(
            "(?m)^\\s*kind:\\s*[\"']?(ServiceMonitor|PodMonitor)\\b|prometheus\\.io/scrape[\"']?\\s*:\\s*[\"']?true");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(f -> f.hasExtension(".yaml", ".yml", ".tpl") && !Sources.vendored(f.path()))) {
            String text = repo.text(f.path()).orElse("");
            if (!text.contains("Monitor") && !text.contains("prometheus.io/scrape")) {
                continue;
            }
            Matcher m = MONITOR.matcher(text);
            if (m.find()) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                String kind = m.group(1) != null ? m.group(1) : "prometheus.io/scrape annotation";
                sink.fact(new MonitorManifest(repo.name(), f.path(), kind, repo.evidence(f.path(), line, line, Strength.DECLARED,
                        kind + " has the service's metrics scraped")));
            }
        }
    }
}
