package dev.maturity.probes.git;

import dev.maturity.core.facts.Fact;

/**
 * Reads one kind of artefact from a repository snapshot into typed facts. Extractors are listed in
 * {@code META-INF/services/dev.maturity.probes.git.Extractor}; each reads only the files it needs.
 * A file it cannot parse goes to {@link Sink#unreadable}, never an exception. Extractors of one snapshot run side
 * by side on several threads: an extractor keeps no state shared with others beyond the snapshot.
 */
public interface Extractor {

    void extract(RepoSnapshot repo, Sink sink);

    /** Whether this extractor walks the history (long on large repositories): such extractors are started first. */
    default boolean readsHistory() {
        return false;
    }

    /** Where extractors put what they read. */
    interface Sink {
        void fact(Fact fact);

        /** A file that could not be parsed: path, 1-based line (0 when unknown), message. */
        void unreadable(String path, int line, String message);

        /** Marks a fact domain (for example {@code git.history}) as unavailable for this repository, with why. */
        void unavailable(String domain, String reason);
    }
}
