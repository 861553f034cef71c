package dev.maturity.cli;

import static dev.maturity.core.model.Outcome.NOT_MET;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.Scorer;
import dev.maturity.core.score.Summary;
import dev.maturity.core.score.TrackSummary;
import java.util.List;

/** Reports as earlier scans recorded them in a history store, for tests of history and review periods. */
public final class RecordedScans {

    private RecordedScans() {
    }

    /**
     * An LLM evaluation axis as scored at {@code at}: results recorded (level 2), regression suite in
     * CI (3); gates block deploys (4) is not met.
     */
    public static Report evaluation(String at, Outcome results, Outcome inCi) {
        List<CriterionResult> criteria = List.of(
                new CriterionResult("eval.results-recorded", 2, "?", results, "", "", List.of(), "[]", "wired", List.of(), null),
                new CriterionResult("eval.regression-suite-in-ci", 3, "?", inCi, "", "", List.of(), "[]", "wired", List.of(), null),
                new CriterionResult("eval.gates-block-deploys", 4, "?", NOT_MET, "", "", List.of(), "[]", "wired", List.of(), null));
        TrackSummary none = new TrackSummary(false, null, null, null, null, "", List.of());
        return new Report(1, new Report.Tool("maturity", "test"), at, at, new Report.RubricRef("default", "1", "sha256:x"),
                List.of(), new Summary(none, none, null, List.of(), null),
                List.of(Scorer.levels(Axis.EVALUATION, Track.LLM, true, criteria)), List.of());
    }
}
