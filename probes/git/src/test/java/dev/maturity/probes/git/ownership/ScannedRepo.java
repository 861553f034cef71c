package dev.maturity.probes.git.ownership;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.Unreadable;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.probes.git.GitCollector;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A fixture repository read by the real {@link GitCollector} (every installed extractor), ready for probes. */
public record ScannedRepo(String name, String head, Facts facts) {

    public static final Instant AS_OF = Instant.parse("2026-11-30T00:00:00Z");

    public static ScannedRepo scan(Path dir, String head) {
        ScanRequest request = new ScanRequest(List.of(dir.toString()), null, AS_OF, Map.of(), Map.of(), dir.getParent());
        return new ScannedRepo(dir.getFileName().toString(), head, new GitCollector().collect(request).asFacts());
    }

    /** The governed LLM fixture repository, scanned. */
    public static ScannedRepo governed(Path tmp) {
        Path dir = tmp.resolve("support-assistant");
        return scan(dir, dev.maturity.fixtures.platforms.GovernedLlmRepo.create(dir));
    }

    /** The ungoverned LLM fixture repository, scanned. */
    public static ScannedRepo ungoverned(Path tmp) {
        Path dir = tmp.resolve("claims-bot");
        return scan(dir, dev.maturity.fixtures.platforms.UngovernedLlmRepo.create(dir));
    }

    public Finding evaluate(Probe probe) {
        return evaluate(probe, Map.of());
    }

    public Finding evaluate(Probe probe, Map<String, Object> parameters) {
        return probe.evaluate(facts, new ProbeContext(Track.LLM, AS_OF, parameters));
    }

    /** The locator of lines of a file at the head commit, as evidence prints it. */
    public String at(String path, int from, int to) {
        return name + "@" + head + ":" + path + "#L" + from + (to > from ? "-L" + to : "");
    }

    /** The locator of a whole file at the head commit. */
    public String at(String path) {
        return name + "@" + head + ":" + path;
    }

    /** The locator of the tree at the head commit (what a NOT_MET cites as searched). */
    public String tree() {
        return name + "@" + head;
    }

    /** Unreadable files reported with a message starting with the prefix (other extractors may report the same file). */
    public List<Unreadable> unreadable(String messagePrefix) {
        return facts.unreadable().stream().filter(u -> u.message().startsWith(messagePrefix)).toList();
    }

    /** Locators of a finding's evidence, in the finding's order. */
    public static List<String> locators(Finding f) {
        return f.evidence().stream().map(e -> e.locator()).toList();
    }
}
