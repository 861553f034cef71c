package dev.maturity.core.score;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.rubric.Combine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Combines the findings of several probes into one, by a rubric's combine rule. */
final class Findings {

    private Findings() {
    }

    static Finding combine(String label, Combine rule, List<Finding> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        boolean anyMet = has(parts, Outcome.MET);
        boolean anyNotMet = has(parts, Outcome.NOT_MET);
        boolean anyUnknown = has(parts, Outcome.UNKNOWN);
        boolean allNa = parts.stream().allMatch(f -> f.outcome() == Outcome.NOT_APPLICABLE);
        Outcome outcome;
        if (allNa) {
            outcome = Outcome.NOT_APPLICABLE;
        } else {
            outcome = switch (rule) {
                case ANY -> anyMet ? Outcome.MET : anyUnknown ? Outcome.UNKNOWN : Outcome.NOT_MET;
                case ALL -> anyNotMet ? Outcome.NOT_MET : anyUnknown ? Outcome.UNKNOWN : Outcome.MET;
                case EVERY_READ -> anyNotMet ? Outcome.NOT_MET : anyMet ? Outcome.MET : Outcome.UNKNOWN;
            };
        }
        Predicate<Finding> cited = outcome == Outcome.MET && rule == Combine.ANY
                ? f -> f.outcome() == Outcome.MET
                : f -> f.outcome() == outcome || f.outcome() == Outcome.NOT_MET || f.outcome() == Outcome.MET;
        List<Evidence> evidence = new ArrayList<>();
        Set<String> summaries = new LinkedHashSet<>();
        for (Finding f : parts) {
            if (cited.test(f) || f.outcome() == outcome) {
                evidence.addAll(f.evidence());
                if (!f.summary().isBlank()) {
                    summaries.add(f.summary());
                }
            }
        }
        return new Finding(label, outcome, String.join("; ", summaries), evidence);
    }

    private static boolean has(List<Finding> parts, Outcome o) {
        return parts.stream().anyMatch(f -> f.outcome() == o);
    }
}
