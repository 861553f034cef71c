package dev.maturity.core.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Outcome;
import java.util.List;

/**
 * A criterion's outcome for one axis x track, with what was found and the evidence behind it.
 * {@code group} names the any-of group the criterion is an alternative in (see {@link GroupResult}),
 * absent when its level requires the criterion itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionResult(String id, int level, String question, Outcome outcome, String summary,
                              String remediation, List<String> references, String probes, String strength,
                              List<Evidence> evidence, Waiver waiver, String group) {

    public CriterionResult {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }

    /** An ungrouped criterion's result. */
    public CriterionResult(String id, int level, String question, Outcome outcome, String summary, String remediation,
                           List<String> references, String probes, String strength, List<Evidence> evidence, Waiver waiver) {
        this(id, level, question, outcome, summary, remediation, references, probes, strength, evidence, waiver, null);
    }

    public CriterionResult withWaiver(Waiver w) {
        return new CriterionResult(id, level, question, Outcome.WAIVED, summary, remediation, references, probes,
                strength, evidence, w, group);
    }

    /** The outcome the scan found, before any waiver. */
    public Outcome rawOutcome() {
        return waiver != null && waiver.rawOutcome() != null ? waiver.rawOutcome() : outcome;
    }

    /** Who waived a criterion, why, until when; the outcome under the waiver is kept in {@code rawOutcome}. */
    public record Waiver(String owner, String reason, String expires, Outcome rawOutcome) {
    }
}
