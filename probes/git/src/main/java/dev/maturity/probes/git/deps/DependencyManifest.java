package dev.maturity.probes.git.deps;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A dependency declaration: a lock file ({@code lockFile=true}, pins everything) or a manifest
 * with {@code pinned} of {@code total} requirements pinned exactly.
 */
public record DependencyManifest(String repo, String path, String ecosystem, boolean lockFile, int pinned, int total,
                                 Evidence evidence) implements Fact {

    /** A lock file, or a manifest whose every requirement is pinned exactly. */
    public boolean fullyPinned() {
        return lockFile || (total > 0 && pinned == total);
    }
}
