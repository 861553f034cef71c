package dev.maturity.core.audit;

import static dev.maturity.core.model.Outcome.MET;
import static dev.maturity.core.model.Outcome.NOT_APPLICABLE;
import static dev.maturity.core.model.Outcome.NOT_MET;
import static dev.maturity.core.model.Outcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.Scorer;
import dev.maturity.core.score.Summary;
import dev.maturity.core.score.TrackSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A control's status is computed from the outcomes of its criteria, never declared. */
class ControlAssessmentTest {

    private static final Control CONTROL = new Control(Framework.NIST_AI_RMF, "MEASURE-2.5", "Validity shown", "",
            List.of("a", "b"), "test:1");

    private static CriterionResult c(String id, Outcome o) {
        return new CriterionResult(id, 2, id + "?", o, "found " + id, "fix " + id, List.of(), "[]", "wired", List.of(), null);
    }

    private static ControlResult judge(Outcome a, Outcome b) {
        return ControlAssessment.assess(CONTROL, report(c("a", a), c("b", b)), Map.of());
    }

    /** A scan whose LLM evaluation axis holds the criteria given. */
    private static Report report(CriterionResult... criteria) {
        TrackSummary none = new TrackSummary(false, null, null, null, null, "", List.of());
        return new Report(1, new Report.Tool("maturity", "t"), "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z",
                new Report.RubricRef("default", "1", "x"), List.of(), new Summary(none, none, null, List.of(), null),
                List.of(Scorer.levels(Axis.EVALUATION, Track.LLM, true, List.of(criteria))), List.of());
    }

    @Test
    void all_met_is_supported_and_any_met_is_partly_supported() {
        assertThat(judge(MET, MET).status()).isEqualTo(ControlStatus.SUPPORTED);
        assertThat(judge(MET, NOT_MET).status()).isEqualTo(ControlStatus.PARTLY_SUPPORTED);
        assertThat(judge(MET, NOT_MET).why()).isEqualTo("1 of 2 mapped criteria met: a (llm). Not met: b (llm).");
        assertThat(judge(MET, NOT_MET).remediation()).containsExactly("fix b");
    }

    @Test
    void an_unknown_criterion_never_makes_a_control_supported() {
        assertThat(judge(MET, UNKNOWN).status()).isEqualTo(ControlStatus.PARTLY_SUPPORTED);
        assertThat(judge(NOT_MET, UNKNOWN).status()).isEqualTo(ControlStatus.NOT_SUPPORTED);
    }

    @Test
    void a_control_whose_criteria_are_all_unknown_or_do_not_apply_is_unknown() {
        assertThat(judge(UNKNOWN, UNKNOWN).status()).isEqualTo(ControlStatus.UNKNOWN);
        assertThat(judge(UNKNOWN, UNKNOWN).why()).endsWith("An unread source is no evidence either way.");
        assertThat(judge(NOT_APPLICABLE, NOT_APPLICABLE).status()).isEqualTo(ControlStatus.UNKNOWN);
        assertThat(judge(NOT_APPLICABLE, NOT_APPLICABLE).criteria()).isEmpty();
    }

    @Test
    void a_waived_criterion_counts_as_what_the_scan_found_under_the_waiver() {
        CriterionResult waived = c("b", NOT_MET).withWaiver(new CriterionResult.Waiver("ml-lead", "migration", "2027-01-31", NOT_MET));
        ControlResult result = ControlAssessment.assess(CONTROL, report(c("a", MET), waived), Map.of());
        assertThat(result.status()).isEqualTo(ControlStatus.PARTLY_SUPPORTED);
        assertThat(result.criteria().get(1).outcome()).isEqualTo(NOT_MET);
        assertThat(result.criteria().get(1).waiver()).isEqualTo("waived by ml-lead until 2027-01-31: migration");
    }
}
