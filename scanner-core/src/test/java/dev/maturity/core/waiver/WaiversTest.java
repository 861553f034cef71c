package dev.maturity.core.waiver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.testing.SampleReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiversTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Report evaluationAtTwo() {
        return SampleReport.platform().level(Axis.EVALUATION, Track.CLASSICAL, 3).level(Axis.EVALUATION, Track.LLM, 3)
                .outcome("eval.regression-suite-in-ci", Track.LLM, Outcome.NOT_MET).build();
    }

    private static Waiver waiver(Track track, String repo, LocalDate expires) {
        return new Waiver("eval.regression-suite-in-ci", track, repo, "suite lands with the Q1 rewrite", "jane.doe@example.com",
                expires, "waivers.yaml:2");
    }

    @Test
    void a_waived_gap_keeps_the_raw_level_and_raises_the_level_with_waivers() {
        Report r = Waivers.apply(evaluationAtTwo(), List.of(waiver(Track.LLM, null, LocalDate.of(2027, 1, 31))), TODAY);

        AxisResult llm = r.axis(Axis.EVALUATION, Track.LLM).orElseThrow();
        assertThat(llm.level()).isEqualTo(2);
        assertThat(llm.levelWithWaivers()).isEqualTo(3);
        CriterionResult c = llm.criteria().stream().filter(x -> x.id().equals("eval.regression-suite-in-ci")).findFirst().orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.WAIVED);
        assertThat(c.waiver()).isEqualTo(new CriterionResult.Waiver("jane.doe@example.com", "suite lands with the Q1 rewrite",
                "2027-01-31", Outcome.NOT_MET));
        assertThat(r.summary().llm().level()).isEqualTo(1);
        assertThat(r.waivers()).singleElement().satisfies(w -> assertThat(w.status()).isEqualTo("applied"));
        assertThat(r.axis(Axis.EVALUATION, Track.CLASSICAL).orElseThrow().levelWithWaivers()).isEqualTo(3);
    }

    @Test
    void an_expired_waiver_is_ignored_and_reported() {
        Report r = Waivers.apply(evaluationAtTwo(), List.of(waiver(null, null, LocalDate.of(2026, 11, 29))), TODAY);

        AxisResult llm = r.axis(Axis.EVALUATION, Track.LLM).orElseThrow();
        assertThat(llm.levelWithWaivers()).isEqualTo(2);
        assertThat(r.waivers()).singleElement().satisfies(w -> {
            assertThat(w.status()).isEqualTo("expired");
            assertThat(w.location()).isEqualTo("waivers.yaml:2");
        });
    }

    @Test
    void a_waiver_holds_through_its_expiry_day() {
        Report r = Waivers.apply(evaluationAtTwo(), List.of(waiver(null, null, TODAY)), TODAY);

        assertThat(r.axis(Axis.EVALUATION, Track.LLM).orElseThrow().levelWithWaivers()).isEqualTo(3);
    }

    @Test
    void a_waiver_scoped_to_another_track_or_repository_is_unused() {
        Report r = Waivers.apply(evaluationAtTwo(), List.of(waiver(Track.CLASSICAL, null, LocalDate.of(2027, 1, 31)),
                waiver(Track.LLM, "billing-api", LocalDate.of(2027, 1, 31))), TODAY);

        assertThat(r.axis(Axis.EVALUATION, Track.LLM).orElseThrow().levelWithWaivers()).isEqualTo(2);
        assertThat(r.waivers()).extracting(Report.WaiverEntry::status).containsExactly("unused", "unused");
    }

    @Test
    void a_waiver_scoped_to_the_scanned_repository_applies() {
        Report r = Waivers.apply(evaluationAtTwo(), List.of(waiver(Track.LLM, "support-bot", LocalDate.of(2027, 1, 31))), TODAY);

        assertThat(r.axis(Axis.EVALUATION, Track.LLM).orElseThrow().levelWithWaivers()).isEqualTo(3);
    }

    @Test
    void waivers_survive_the_json_round_trip() throws Exception {
        Report r = Waivers.apply(evaluationAtTwo(), List.of(waiver(Track.LLM, null, LocalDate.of(2027, 1, 31))), TODAY);

        Report back = ReportJson.read(ReportJson.MAPPER.writeValueAsString(r));

        assertThat(back).isEqualTo(r);
        assertThat(ReportJson.MAPPER.writeValueAsString(r)).contains("\"outcome\" : \"WAIVED\"", "\"rawOutcome\" : \"NOT_MET\"",
                "\"levelWithWaivers\" : 3");
    }
}
