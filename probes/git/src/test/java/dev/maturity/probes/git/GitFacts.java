package dev.maturity.probes.git;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.spi.ScanRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Runs the git collector with chosen extractors over a repository on disk and returns what it read. */
public final class GitFacts {

    public static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");

    private GitFacts() {
    }

    public static Facts collect(Path repo, Extractor... extractors) {
        GitCollector collector = extractors.length == 0 ? new GitCollector() : new GitCollector(List.of(extractors));
        return collector.collect(new ScanRequest(List.of(repo.toString()), null, AS_OF, Map.of(), Map.of(), repo.getParent()))
                .asFacts();
    }

    /** The commit at HEAD of the repository, as locators carry it. */
    public static String head(Path repo) {
        return resolve(repo, "HEAD");
    }

    /** The object a revision expression names ({@code HEAD:dir} for a tree), as a full id. */
    public static String resolve(Path repo, String revision) {
        try (var git = org.eclipse.jgit.api.Git.open(repo.toFile())) {
            return git.getRepository().resolve(revision).getName();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
