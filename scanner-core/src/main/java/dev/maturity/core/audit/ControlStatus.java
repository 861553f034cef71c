package dev.maturity.core.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How far the evidence of one scan supports a control. Computed from the outcomes of the criteria
 * the control maps, never declared: an UNKNOWN criterion never makes a control supported, and a
 * control whose criteria are all UNKNOWN (or none applies) is {@link #UNKNOWN}.
 */
public enum ControlStatus {
    SUPPORTED("supported"),
    PARTLY_SUPPORTED("partly supported"),
    NOT_SUPPORTED("not supported"),
    UNKNOWN("unknown");

    private final String label;

    ControlStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** From how many mapped criteria (per applicable track) were MET, NOT_MET and UNKNOWN. */
    public static ControlStatus of(int met, int notMet, int unknown) {
        if (met == 0 && notMet == 0) {
            return UNKNOWN;
        }
        if (met == 0) {
            return NOT_SUPPORTED;
        }
        return notMet == 0 && unknown == 0 ? SUPPORTED : PARTLY_SUPPORTED;
    }
}
