package dev.maturity.probes.git;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/** One repository was read at one commit; probes cite it when they looked and found nothing. */
public record RepoScanned(String repo, String commit, int files, Evidence evidence) implements Fact {
}
