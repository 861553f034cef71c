package dev.maturity.core.model;

/** The result of a criterion; never collapsed into fewer states. */
public enum Outcome {
    /** Evidence of the required strength was found. */
    MET,
    /** The source was read fully and the evidence is absent or too weak. */
    NOT_MET,
    /** The source that could prove it was not configured, unreachable, forbidden or failed. */
    UNKNOWN,
    /** The criterion does not apply. */
    NOT_APPLICABLE,
    /** A current waiver covers the criterion. */
    WAIVED;

    /** Whether the outcome lets a level gate pass. */
    public boolean passes() {
        return this == MET || this == NOT_APPLICABLE || this == WAIVED;
    }
}
