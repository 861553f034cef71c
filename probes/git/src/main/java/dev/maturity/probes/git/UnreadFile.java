package dev.maturity.probes.git;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A file of the tree an extractor needed and could not read as text (larger than the cap, binary
 * under a text name, missing or corrupt), with why: what it holds is not known, so a criterion it
 * could have proven is {@code UNKNOWN}, not {@code NOT_MET}.
 */
public record UnreadFile(String repo, String path, String reason, Evidence evidence) implements Fact {
}
