package dev.maturity.probes.git.history;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.time.Instant;

/** The history that was read for one repository: from which commit, how many commits, back to when. */
public record HistoryWalk(String repo, String head, int commits, int mlCommits, Instant oldest, Evidence evidence)
        implements Fact {
}
