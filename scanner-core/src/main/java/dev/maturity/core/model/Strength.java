package dev.maturity.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How strongly a piece of evidence shows practice rather than paperwork; ordered weakest first. */
public enum Strength {
    /** An artefact exists. */
    DECLARED,
    /** Something that runs references it (a CI job, a pipeline). */
    WIRED,
    /** History shows it is kept up. */
    ALIVE,
    /** Observed in a running system (registry, cluster). */
    LIVE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Strength other) {
        return compareTo(other) >= 0;
    }

    public static Strength parse(String id) {
        for (Strength s : values()) {
            if (s.id().equalsIgnoreCase(id.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown strength '" + id + "' (expected declared, wired, alive or live)");
    }
}
