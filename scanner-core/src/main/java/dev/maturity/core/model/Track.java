package dev.maturity.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Workload family scored apart: trained models, or LLM-backed workflows and agents. */
public enum Track {
    CLASSICAL, LLM;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a track id such as {@code llm}. */
    public static Track parse(String id) {
        for (Track t : values()) {
            if (t.id().equalsIgnoreCase(id.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown track '" + id + "' (expected classical or llm)");
    }
}
