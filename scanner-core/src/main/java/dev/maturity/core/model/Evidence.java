package dev.maturity.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One fact read from a source, with where it was read, how strong it is, a digest of the content
 * read (when there is content) and one line of detail.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
// the derived properties' order would otherwise follow reflection's method order, which the JVM does not fix:
// a report must be the same bytes for the same scan (diffs, digests of packs, history)
@JsonPropertyOrder({"location", "strength", "digest", "detail", "source", "locator"})
public record Evidence(Provenance location, Strength strength, String digest, String detail) {

    public Evidence {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(strength, "strength");
        detail = detail == null ? "" : detail;
    }

    @JsonProperty(value = "source", access = JsonProperty.Access.READ_ONLY)
    public String source() {
        return location.source();
    }

    @JsonProperty(value = "locator", access = JsonProperty.Access.READ_ONLY)
    public String locator() {
        return location.locator();
    }

    public Evidence withStrength(Strength s) {
        return new Evidence(location, s, digest, detail);
    }

    public Evidence withDetail(String d) {
        return new Evidence(location, strength, digest, d);
    }

    // equals and hashCode are written out here and in the locations: a record's generated ones
    // bootstrap java.lang.runtime.ObjectMethods on first use, which spun 26 method-handle forms at a
    // small scan's first finding (docs/benchmarks.md, start-up). Same semantics: every component.
    @Override
    public boolean equals(Object other) {
        return other instanceof Evidence o
                && Objects.equals(location, o.location)
                && strength == o.strength
                && Objects.equals(digest, o.digest)
                && Objects.equals(detail, o.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, strength, digest, detail);
    }
}
