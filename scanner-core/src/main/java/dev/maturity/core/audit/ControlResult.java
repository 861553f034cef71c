package dev.maturity.core.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.maturity.core.model.Outcome;
import java.util.List;

/**
 * One control as the evidence of one scan supports it: its status, one sentence of why, each mapped
 * criterion per applicable track with its outcome and the evidence it cites (with the path of the
 * captured copy in the pack), and what to do.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ControlResult(String framework, String id, String title, String paraphrase, ControlStatus status,
                            String why, List<CriterionLine> criteria, List<String> remediation, String definedAt) {

    public ControlResult {
        criteria = List.copyOf(criteria);
        remediation = List.copyOf(remediation);
    }

    /**
     * A mapped criterion on one track. {@code outcome} is what the scan found (a waiver is reported
     * beside it and does not count as evidence).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriterionLine(String id, String track, Outcome outcome, String question, String summary,
                                List<EvidenceRef> evidence, String waiver) {
        public CriterionLine {
            evidence = List.copyOf(evidence);
        }
    }

    /** A cited artefact: its locator, how strong, and where its captured copy is in the pack (null when none). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceRef(String source, String locator, String strength, String captured) {
    }
}
