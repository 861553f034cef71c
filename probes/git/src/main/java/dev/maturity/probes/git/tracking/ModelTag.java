package dev.maturity.probes.git.tracking;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A git tag that registers a model version or assigns it a stage in the GTO format
 * ({@code name@v1.2.0}, {@code name#prod#3}), made before the scan's reference time on a commit
 * of the scanned history: the version is tied to the commit that built it.
 *
 * @param artifact the artefact name the tag is for
 * @param stage    the stage it assigns, or null for a version registration
 */
public record ModelTag(String repo, String tag, String artifact, String version, String stage, String commit,
                       Evidence evidence) implements Fact {
}
