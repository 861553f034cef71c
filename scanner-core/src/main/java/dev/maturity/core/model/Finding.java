package dev.maturity.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A probe's answer to its question: an outcome, one line saying what was found, and the evidence. */
public record Finding(String probeId, Outcome outcome, String summary, List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(probeId, "probeId");
        Objects.requireNonNull(outcome, "outcome");
        summary = summary == null ? "" : summary;
        evidence = evidence == null ? List.of() : evidence.stream()
                .sorted(Comparator.comparing(Evidence::locator).thenComparing(Evidence::detail))
                .distinct().toList();
    }

    public static Finding met(String probeId, String summary, List<Evidence> evidence) {
        return new Finding(probeId, Outcome.MET, summary, evidence);
    }

    public static Finding notMet(String probeId, String summary, List<Evidence> evidence) {
        return new Finding(probeId, Outcome.NOT_MET, summary, evidence);
    }

    public static Finding unknown(String probeId, String reason) {
        return new Finding(probeId, Outcome.UNKNOWN, reason, List.of());
    }

    public static Finding notApplicable(String probeId, String reason) {
        return new Finding(probeId, Outcome.NOT_APPLICABLE, reason, List.of());
    }
}
