package dev.maturity.core.facts;

import dev.maturity.core.model.Provenance;
import java.util.Objects;

/** An artefact a collector could not read or parse, with where and why; reported, never fatal. */
public record Unreadable(Provenance location, String message) {
    public Unreadable {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }
}
