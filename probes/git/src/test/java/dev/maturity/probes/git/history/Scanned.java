package dev.maturity.probes.git.history;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Track;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.probes.git.GitCollector;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Collects real repositories with the git collector at a fixed scan time and asks probes about them. */
final class Scanned {

    /** The scan time of every history test: a Tuesday, so weeks end on Tuesdays. */
    static final Instant AS_OF = Instant.parse("2026-09-01T00:00:00Z");

    private Scanned() {
    }

    static Facts facts(Path... repos) {
        return facts(AS_OF, repos);
    }

    static Facts facts(Instant asOf, Path... repos) {
        return facts(asOf, RubricLoader.loadDefault().parameters(), repos);
    }

    /** Collects with the given rubric parameters, as a scan with a user's rubric does. */
    static Facts facts(Instant asOf, Map<String, Object> parameters, Path... repos) {
        ScanRequest request = new ScanRequest(Arrays.stream(repos).map(Path::toString).toList(), null, asOf, Map.of(),
                Map.of(), null, parameters);
        return new GitCollector().collect(request).asFacts();
    }

    static Finding ask(Probe probe, Facts facts) {
        return probe.evaluate(facts, new ProbeContext(Track.LLM, AS_OF, RubricLoader.loadDefault().parameters()));
    }

    static Finding ask(Probe probe, Facts facts, Map<String, Object> parameters) {
        return probe.evaluate(facts, new ProbeContext(Track.LLM, AS_OF, parameters));
    }

    static List<String> locators(Finding f) {
        return f.evidence().stream().map(Evidence::locator).toList();
    }
}
