package dev.maturity.core.audit;

/**
 * Bounds on what a pack may hold, so a hostile repository (huge files, thousands of citations)
 * cannot make the pack, or the verifier reading it, grow without limit. A bound reached is
 * recorded in {@code evidence/index.json} with its reason; the pack is still written.
 */
public record PackLimits(long maxPackBytes, int maxEvidenceFiles, int maxFileBytes, int maxExcerptLines) {

    public static final int MAX_FILE_BYTES = 1024 * 1024;

    public static final PackLimits DEFAULT = new PackLimits(64L * 1024 * 1024, 2000, MAX_FILE_BYTES, 2000);

    /** What {@code verify} accepts from a zip: entries, and bytes once inflated. */
    public static final int MAX_ENTRIES = 10_000;
    public static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;
}
