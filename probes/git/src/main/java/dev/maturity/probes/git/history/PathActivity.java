package dev.maturity.probes.git.history;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import dev.maturity.probes.git.paths.PathKind;
import java.time.Instant;

/**
 * How alive one kind of ML path is in one repository over its whole history up to the scan time:
 * how many changes landed on the scanned branch and when the last one did.
 */
public record PathActivity(String repo, PathKind kind, int changes, Instant lastChanged, String lastCommit,
                           Evidence evidence) implements Fact {
}
