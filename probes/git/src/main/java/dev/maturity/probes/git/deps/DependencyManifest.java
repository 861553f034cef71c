package dev.maturity.probes.git.deps;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * A dependency declaration: a lock file ({@code lockFile=true}, pins everything it covers) or a
 * manifest with {@code pinned} of {@code total} requirements pinned exactly. A compiled
 * requirements file is a lock that counts its own requirements; other locks count none.
 *
 * @param ecosystem {@code python}, {@code conda}, {@code npm}, {@code go}, {@code cargo}, {@code maven}, {@code gradle}
 * @param members   workspace member globs the manifest declares, relative to its directory
 */
public record DependencyManifest(String repo, String path, String ecosystem, boolean lockFile, int pinned, int total,
                                 List<String> members, Evidence evidence) implements Fact {

    public DependencyManifest {
        members = List.copyOf(members);
    }

    public DependencyManifest(String repo, String path, String ecosystem, boolean lockFile, int pinned, int total,
                              Evidence evidence) {
        this(repo, path, ecosystem, lockFile, pinned, total, List.of(), evidence);
    }

    /** A lock file, or a manifest whose every requirement is pinned exactly. */
    public boolean fullyPinned() {
        return lockFile || (total > 0 && pinned == total);
    }

    /** The directory the declaration sits in, empty at the root. */
    public String dir() {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    /** Ecosystems whose lock files pin each other's manifests (a conda-lock pins an environment.yml's pip list). */
    public String family() {
        return switch (ecosystem) {
            case "conda" -> "python";
            default -> ecosystem;
        };
    }
}
