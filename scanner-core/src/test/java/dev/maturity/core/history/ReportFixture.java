package dev.maturity.core.history;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.Scorer;
import dev.maturity.core.score.Summary;
import dev.maturity.core.score.TrackSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds reports as the scorer would, from criterion outcomes with rubric ids and levels. */
public final class ReportFixture {

    private final String scannedAt;
    private final List<AxisResult> axes = new ArrayList<>();

    private ReportFixture(String scannedAt) {
        this.scannedAt = scannedAt;
    }

    public static ReportFixture at(String scannedAt) {
        return new ReportFixture(scannedAt);
    }

    /** The evaluation axis of the LLM track: results recorded (2), suite in CI (3), gates block deploys (4). */
    public ReportFixture llmEvaluation(Outcome results, Outcome inCi, Outcome gates) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("eval.results-recorded", 2);
        levels.put("eval.regression-suite-in-ci", 3);
        levels.put("eval.gates-block-deploys", 4);
        return axis(Axis.EVALUATION, Track.LLM, levels, List.of(results, inCi, gates));
    }

    /** The reproducibility axis of the classical track with one criterion per level from 2. */
    public ReportFixture classicalReproducibility(Outcome... outcomes) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        String[] ids = {"repro.deps-pinned", "repro.data-versioned", "repro.retraining-automated"};
        for (int i = 0; i < outcomes.length; i++) {
            levels.put(ids[i], i + 2);
        }
        return axis(Axis.REPRODUCIBILITY, Track.CLASSICAL, levels, List.of(outcomes));
    }

    public ReportFixture notApplicable(Axis axis, Track track) {
        axes.add(Scorer.levels(axis, track, false, List.of()));
        return this;
    }

    private ReportFixture axis(Axis axis, Track track, Map<String, Integer> levels, List<Outcome> outcomes) {
        List<CriterionResult> results = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Integer> e : levels.entrySet()) {
            results.add(new CriterionResult(e.getKey(), e.getValue(), "?", outcomes.get(i++), "", "", List.of(), "[]",
                    "wired", List.of(), null));
        }
        axes.add(Scorer.levels(axis, track, true, results));
        return this;
    }

    public Report build() {
        TrackSummary none = new TrackSummary(false, null, null, null, null, "not detected", List.of());
        return new Report(Report.SCHEMA_VERSION, new Report.Tool("maturity", "test"), scannedAt, scannedAt,
                new Report.RubricRef("default", "1", "sha256:test"), List.of(),
                new Summary(none, none, null, List.of(), null), axes, List.of());
    }
}
