package dev.maturity.probes.git.ownership;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Backstage catalog entity ({@code catalog-info.yaml}, one per YAML document) with its owner and
 * on-call references: PagerDuty/Opsgenie annotations, or links to an on-call service.
 *
 * @param system  {@code spec.system} of a Component, or empty
 * @param onCall  on-call references by annotation key or link title (sorted); empty when none
 * @param mlHint  why the entity is taken to own an ML service (type, tags, ML paths beside it), or empty
 */
public record CatalogEntity(String repo, String path, String kind, String name, String system, String owner,
                            Map<String, String> onCall, String mlHint, Evidence evidence) implements Fact {

    public CatalogEntity {
        onCall = java.util.Collections.unmodifiableMap(new TreeMap<>(onCall));
        system = system == null ? "" : system;
        owner = owner == null ? "" : owner;
        mlHint = mlHint == null ? "" : mlHint;
    }

    public boolean ownsMl() {
        return !mlHint.isEmpty();
    }

    public boolean hasOnCall() {
        return !onCall.isEmpty();
    }
}
