package dev.maturity.probes.git.wiring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Keeps a finding readable on a large repository: its summary names a few items and counts the
 * rest, and it cites a bounded number of pieces of evidence.
 */
public final class Citations {

    /** Most pieces of evidence of one kind a finding cites. */
    public static final int MAX_EVIDENCE = 10;
    /** Most items a summary names. */
    public static final int MAX_NAMED = 3;

    private Citations() {
    }

    /** The first {@link #MAX_EVIDENCE} items, without duplicates. */
    public static <T> List<T> first(List<T> items) {
        return new ArrayList<>(new LinkedHashSet<>(items)).subList(0, Math.min(MAX_EVIDENCE, new LinkedHashSet<>(items).size()));
    }

    /** Distinct items joined with "; ", the first few named and the rest counted: {@code a; b; c; and 4 more}. */
    public static String join(List<String> items) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(items));
        if (distinct.size() <= MAX_NAMED) {
            return String.join("; ", distinct);
        }
        return String.join("; ", distinct.subList(0, MAX_NAMED)) + "; and " + (distinct.size() - MAX_NAMED) + " more";
    }
}
