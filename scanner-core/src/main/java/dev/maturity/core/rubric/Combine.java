package dev.maturity.core.rubric;

import java.util.Locale;

/** How the findings of a group of probes make one outcome. */
public enum Combine {
    /** Any MET proves it (alternative sources of the same fact); UNKNOWN if none MET and one could not be read. */
    ANY,
    /** Every probe must be MET; one NOT_MET fails it. */
    ALL,
    /**
     * For "nothing bad happens" criteria checked in several places: NOT_MET if any source shows
     * the bad practice, MET if at least one source was read and none shows it, UNKNOWN if none was read.
     */
    EVERY_READ;

    public static Combine parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
