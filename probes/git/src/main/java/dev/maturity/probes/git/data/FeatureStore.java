package dev.maturity.probes.git.data;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/** A Feast feature repository: {@code feature_store.yaml} naming its project, registry and provider. */
public record FeatureStore(String repo, String path, String project, String provider, Evidence evidence) implements Fact {
}
