package dev.maturity.core.facts;

import dev.maturity.core.model.Evidence;

/**
 * One source was read in full (a repository at a commit, a tracking server, a cluster). Probes
 * cite it when they looked and found nothing, so every NOT_MET names what was searched.
 *
 * @param kind     {@code git}, {@code mlflow} or {@code kubernetes}
 * @param name     the repository, server or cluster as named in locators
 * @param revision the commit read, or null
 */
public record SourceRead(String kind, String name, String revision, Evidence evidence) implements Fact {
}
