package dev.maturity.probes.git;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ScanRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** A repository read by the real {@link GitCollector} with every installed extractor, for probe tests. */
public record Scanned(Facts facts, String repo, String commit) {

    public static final Instant AS_OF = Instant.parse("2026-11-30T00:00:00Z");

    public static Scanned of(Path dir) {
        Facts facts = new GitCollector().collect(new ScanRequest(List.of(dir.toString()), null, AS_OF, Map.of(),
                Map.of(), dir)).asFacts();
        try (Repository repo = new FileRepositoryBuilder().findGitDir(dir.toFile()).build()) {
            ObjectId head = repo.resolve("HEAD");
            return new Scanned(facts, dir.getFileName().toString(), head.getName());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Finding run(Probe probe, Track track) {
        return probe.evaluate(facts, new ProbeContext(track, AS_OF, Map.of()));
    }

    public Finding run(Probe probe) {
        return run(probe, Track.CLASSICAL);
    }

    /** The locator of lines of a file at the scanned commit: {@code repo@commit:path#Ln-Lm}. */
    public String at(String path, int start, int end) {
        return repo + "@" + commit + ":" + path + "#L" + start + (end > start ? "-L" + end : "");
    }

    public String at(String path) {
        return repo + "@" + commit + ":" + path;
    }

    public String tree() {
        return repo + "@" + commit;
    }
}
