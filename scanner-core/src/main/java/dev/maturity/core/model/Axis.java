package dev.maturity.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** One of the five axes the maturity model scores separately. */
public enum Axis {
    REPRODUCIBILITY, EVALUATION, DEPLOYMENT, OBSERVABILITY, GOVERNANCE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an axis id such as {@code evaluation}; throws with the accepted values otherwise. */
    public static Axis parse(String id) {
        for (Axis a : values()) {
            if (a.id().equalsIgnoreCase(id.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown axis '" + id + "' (expected one of reproducibility, evaluation, deployment, observability, governance)");
    }
}
