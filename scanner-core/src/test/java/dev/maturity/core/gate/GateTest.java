package dev.maturity.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.core.testing.SampleReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateTest {

    private static SampleReport team() {
        return SampleReport.platform()
                .level(Axis.REPRODUCIBILITY, Track.CLASSICAL, 3).level(Axis.REPRODUCIBILITY, Track.LLM, 2)
                .level(Axis.EVALUATION, Track.CLASSICAL, 3).level(Axis.EVALUATION, Track.LLM, 3)
                .level(Axis.DEPLOYMENT, Track.CLASSICAL, 2).level(Axis.DEPLOYMENT, Track.LLM, 2)
                .level(Axis.OBSERVABILITY, Track.CLASSICAL, 2).level(Axis.OBSERVABILITY, Track.LLM, 2)
                .level(Axis.GOVERNANCE, Track.CLASSICAL, 3).level(Axis.GOVERNANCE, Track.LLM, 3);
    }

    @Test
    void a_criterion_that_was_met_and_is_not_now_fails_the_gate_and_is_named() {
        Report baseline = team().build();
        Report now = team().outcome("eval.regression-suite-in-ci", Track.LLM, Outcome.NOT_MET).build();

        GateResult verdict = new Gate(baseline, true, List.of()).evaluate(now);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.REGRESSION);
            assertThat(v.axis()).isEqualTo(Axis.EVALUATION);
            assertThat(v.track()).isEqualTo(Track.LLM);
            assertThat(v.expected()).isEqualTo(3);
            assertThat(v.actual()).isEqualTo(2);
            assertThat(v.criteria()).containsExactly("eval.regression-suite-in-ci");
            assertThat(v.message()).isEqualTo("evaluation/llm dropped from level 3 to 2; criteria no longer met: "
                    + "eval.regression-suite-in-ci");
        });
        assertThat(verdict.diff().flips()).singleElement().hasToString(
                "eval.regression-suite-in-ci (evaluation/llm L3): MET -> NOT_MET");
    }

    @Test
    void equal_levels_pass() {
        GateResult verdict = new Gate(team().build(), true, List.of()).evaluate(team().build());

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.diff().changes()).isEmpty();
        assertThat(verdict.warnings()).isEmpty();
    }

    @Test
    void a_flip_above_the_level_changes_nothing_the_gate_guards() {
        Report now = team().outcome("eval.gates-block-deploys", Track.LLM, Outcome.UNKNOWN).build();

        GateResult verdict = new Gate(team().build(), true, List.of()).evaluate(now);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.diff().flips()).singleElement().satisfies(f -> assertThat(f.regressed()).isFalse());
    }

    @Test
    void without_fail_on_regression_a_drop_is_a_warning() {
        Report now = team().outcome("repro.code-in-git", Outcome.NOT_MET).build();

        GateResult verdict = new Gate(team().build(), false, List.of()).evaluate(now);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.warnings()).containsExactly(
                "reproducibility/classical dropped from level 3 to 1; criteria no longer met: repro.code-in-git",
                "reproducibility/llm dropped from level 2 to 1; criteria no longer met: repro.code-in-git");
    }

    @Test
    void an_alternative_that_flips_while_its_group_still_holds_is_no_regression_and_is_not_named() {
        Report now = team().outcome("repro.deps-pinned", Track.CLASSICAL, Outcome.NOT_MET).outcome("repro.code-in-git",
                Track.CLASSICAL, Outcome.NOT_MET).build();

        GateResult verdict = new Gate(team().build(), true, List.of()).evaluate(now);

        assertThat(verdict.violations()).singleElement().satisfies(v -> assertThat(v.message()).isEqualTo(
                "reproducibility/classical dropped from level 3 to 1; criteria no longer met: repro.code-in-git"));
        assertThat(verdict.diff().flips()).extracting(Flip::criterion).containsExactly("repro.code-in-git", "repro.deps-pinned");
    }

    @Test
    void a_floor_names_the_criteria_between_the_axis_and_the_floor() {
        Report now = team().build();

        GateResult verdict = new Gate(null, false, List.of(Floor.parse("deployment.llm=3"), Floor.parse("governance=3")))
                .evaluate(now);

        assertThat(verdict.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.BELOW_FLOOR);
            assertThat(v.criteria()).containsExactly("deploy.automated", "deploy.canary-or-shadow");
            assertThat(v.message()).isEqualTo("deployment/llm is at level 2, below the floor 3; not met: deploy.automated, "
                    + "deploy.canary-or-shadow");
        });
    }

    @Test
    void a_floor_on_a_track_that_is_not_detected_is_a_warning_not_a_failure() {
        Report now = team().without(Track.LLM).build();

        GateResult verdict = new Gate(null, false, List.of(Floor.parse("evaluation.llm=2"))).evaluate(now);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.warnings()).containsExactly("floor evaluation.llm=2 not checked: no llm workload detected");
    }

    @Test
    void a_baseline_from_another_rubric_version_is_compared_by_criterion_id_with_a_warning() {
        Report baseline = team().rubricVersion("2026.10.0").build();
        Report now = team().build();

        GateResult verdict = new Gate(baseline, true, List.of()).evaluate(now);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.warnings()).containsExactly("the baseline was scored with rubric default 2026.10.0, this report "
                + "with default 2026.12.2; criteria are compared by id");
    }

    @Test
    void criteria_that_disappeared_or_moved_since_the_baseline_are_reported() {
        Report now = team().build();
        Report baseline = ReportEdits.renameCriterion(team().build(), "gov.docs-generated", "gov.model-docs-generated");

        GateResult verdict = new Gate(baseline, true, List.of()).evaluate(now);

        assertThat(verdict.warnings()).contains(
                "criterion gov.model-docs-generated (classical) of the baseline is not in this report",
                "criterion gov.docs-generated (llm) is new since the baseline");
    }

    @Test
    void an_unknown_that_holds_a_level_down_makes_the_scan_incomplete() {
        Report now = team().outcome("repro.model-registry", Outcome.UNKNOWN).outcome("repro.data-versioned", Outcome.UNKNOWN)
                .outcome("repro.experiment-tracker", Outcome.UNKNOWN).outcome("repro.production-rebuildable", Outcome.UNKNOWN)
                .outcome("repro.deps-pinned", Track.CLASSICAL, Outcome.NOT_MET).build();
        List<SourceReport> sources = new ArrayList<>(now.sources());
        sources.set(1, new SourceReport("mlflow", SampleReport.MLFLOW, null, SourceStatus.FORBIDDEN, "403 from /api/2.0/mlflow"));
        Report forbidden = new Report(now.schemaVersion(), now.tool(), now.scannedAt(), now.asOf(), now.rubric(), sources,
                now.summary(), now.axes(), now.unreadable());

        GateResult verdict = new Gate(null, false, List.of()).evaluate(forbidden);

        assertThat(verdict.incomplete()).containsExactly(
                "source mlflow https://mlflow.example.com is FORBIDDEN: 403 from /api/2.0/mlflow",
                "reproducibility/classical could be level 3, not 1: unknown repro.data-versioned, repro.experiment-tracker, "
                        + "repro.model-registry, repro.production-rebuildable");
    }

    @Test
    void floors_parse_axis_track_and_level_and_reject_nonsense() {
        assertThat(Floor.parse("evaluation.llm=3")).isEqualTo(new Floor(Axis.EVALUATION, Track.LLM, 3));
        assertThat(Floor.parse("governance=2")).isEqualTo(new Floor(Axis.GOVERNANCE, null, 2));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Floor.parse("evaluation.llm=7"))
                .hasMessage("a floor is a level from 1 to 5, not 7");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Floor.parse("speed=3"))
                .hasMessageStartingWith("unknown axis 'speed'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Floor.parse("evaluation"))
                .hasMessageStartingWith("--min-level takes AXIS[.TRACK]=N");
    }
}
