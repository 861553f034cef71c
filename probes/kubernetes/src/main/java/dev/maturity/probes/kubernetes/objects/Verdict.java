package dev.maturity.probes.kubernetes.objects;

import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * A judgement's answer before sources are considered: met or not, one line, and the objects that
 * show it (for a negative answer, the objects that fall short).
 */
public record Verdict(boolean met, String summary, List<Evidence> evidence) {

    public Verdict {
        evidence = List.copyOf(evidence);
    }

    public static Verdict met(String summary, List<Evidence> evidence) {
        return new Verdict(true, summary, evidence);
    }

    public static Verdict notMet(String summary, List<Evidence> evidence) {
        return new Verdict(false, summary, evidence);
    }

    /** At most {@code max} items of evidence, so a cluster with thousands of offenders stays readable. */
    public static List<Evidence> cap(List<Evidence> evidence, int max) {
        return evidence.size() <= max ? evidence : evidence.subList(0, max);
    }
}
