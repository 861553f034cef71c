package dev.maturity.probes.git.history;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import dev.maturity.probes.git.paths.PathKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One commit that changed ML paths (against its first parent), with who made it, when, and how it
 * arrived on the scanned branch.
 *
 * @param mainline  on the scanned commit's first-parent line (a change landing on the branch)
 * @param viaMerge  for a branch commit, the merge that brought it in; otherwise null
 * @param paths     the ML paths changed (at most {@link #MAX_PATHS})
 */
public record MlChange(String repo, String commit, Instant time, String authorName, String authorEmail,
                       String committerName, String committerEmail, Set<PathKind> kinds, List<String> paths,
                       boolean mainline, boolean merge, Arrival arrival, String viaMerge, String subject,
                       Evidence evidence) implements Fact {

    public static final int MAX_PATHS = 50;

    public MlChange {
        Objects.requireNonNull(commit, "commit");
        kinds = Set.copyOf(kinds);
        paths = List.copyOf(paths);
    }

    public boolean touches(PathKind kind) {
        return kinds.contains(kind);
    }

    /**
     * This change's evidence located at its first path that {@code inKind} accepts (for example the
     * prompt file of a commit that also changed eval data), or at its first path when none does.
     */
    public Evidence evidenceAt(java.util.function.Predicate<String> inKind) {
        String path = paths.stream().filter(inKind).findFirst().orElse(null);
        if (path == null || !(evidence.location() instanceof dev.maturity.core.model.GitLocation g) || g.path().equals(path)) {
            return evidence;
        }
        return new Evidence(dev.maturity.core.model.GitLocation.file(repo, commit, path), evidence.strength(),
                evidence.digest(), evidence.detail());
    }

    public String shortId() {
        return commit.substring(0, Math.min(12, commit.length()));
    }
}
