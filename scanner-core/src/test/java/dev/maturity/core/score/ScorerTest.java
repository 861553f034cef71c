package dev.maturity.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.spi.Probe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {

    static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path dir;
    Rubric rubric;
    Map<String, Probe> probes = new HashMap<>();

    @BeforeEach
    void rubric() throws IOException {
        Path file = dir.resolve("rubric.yaml");
        Files.writeString(file, """
                extends: none
                id: test
                version: "1"
                detection:
                  classical: [detect.classical]
                  llm: [detect.llm]
                leverage:
                  - {from: 1, upgrade: "track experiments"}
                  - {from: 2, upgrade: "wire evals into CI"}
                criteria:
                  - {id: e.two, axis: evaluation, track: both, level: 2, question: q, probes: [p.two]}
                  - {id: e.three, axis: evaluation, track: both, level: 3, question: q, probes: [p.three], strength: wired}
                  - {id: e.four, axis: evaluation, track: both, level: 4, question: q, probes: [p.four]}
                  - {id: e.five, axis: evaluation, track: classical, level: 5, question: q, probes: [p.five]}
                  - {id: r.two, axis: reproducibility, track: both, level: 2, question: q, probes: [git.r, mlflow.r]}
                  - {id: r.nb, axis: reproducibility, track: both, level: 3, question: q, probes: [git.nb, mlflow.nb], combine: every-read}
                """);
        rubric = RubricLoader.load(file);
        probe("detect.classical", Outcome.MET, Strength.DECLARED);
        probe("detect.llm", Outcome.NOT_MET, Strength.DECLARED);
    }

    void probe(String id, Outcome o, Strength s) {
        probes.put(id, Probes.fixed(id, o, s));
    }

    AxisResult score(Axis axis, Track track) {
        Scorer scorer = new Scorer(rubric, probes);
        return scorer.score(Facts.empty(), AS_OF).axes().stream()
                .filter(a -> a.axis() == axis && a.track() == track).findFirst().orElseThrow();
    }

    Outcome outcome(AxisResult a, String id) {
        return a.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().outcome();
    }

    @Test
    void levelsAreCumulativePassingLevelFourDoesNotHelpWhileLevelThreeFails() {
        probe("p.two", Outcome.MET, Strength.LIVE);
        probe("p.three", Outcome.NOT_MET, Strength.DECLARED);
        probe("p.four", Outcome.MET, Strength.LIVE);
        probe("p.five", Outcome.MET, Strength.LIVE);
        AxisResult a = score(Axis.EVALUATION, Track.CLASSICAL);
        assertThat(a.level()).isEqualTo(2);
        assertThat(a.ceiling()).isEqualTo(2);
        assertThat(a.next()).containsExactly("e.three");
    }

    @Test
    void unknownNeverCountsAsMetButRaisesTheCeiling() {
        probe("p.two", Outcome.MET, Strength.LIVE);
        probe("p.three", Outcome.UNKNOWN, Strength.DECLARED);
        probe("p.four", Outcome.MET, Strength.LIVE);
        probe("p.five", Outcome.NOT_MET, Strength.DECLARED);
        AxisResult a = score(Axis.EVALUATION, Track.CLASSICAL);
        assertThat(a.level()).isEqualTo(2);
        assertThat(a.ceiling()).isEqualTo(4);
    }

    @Test
    void evidenceWeakerThanTheCriterionAsksForIsNotMet() {
        probe("p.two", Outcome.MET, Strength.LIVE);
        probe("p.three", Outcome.MET, Strength.DECLARED);
        AxisResult a = score(Axis.EVALUATION, Track.CLASSICAL);
        assertThat(outcome(a, "e.three")).isEqualTo(Outcome.NOT_MET);
        assertThat(a.criteria().get(1).summary()).contains("only declared; wired is required");
        assertThat(a.level()).isEqualTo(2);
    }

    @Test
    void aMissingProbeIsUnknownNotNotMet() {
        probe("p.two", Outcome.MET, Strength.LIVE);
        AxisResult a = score(Axis.EVALUATION, Track.CLASSICAL);
        assertThat(outcome(a, "e.three")).isEqualTo(Outcome.UNKNOWN);
        assertThat(a.criteria().get(1).summary()).contains("no installed probe provides 'p.three'");
    }

    @Test
    void anyOfTwoSourcesIsUnknownWhenGitSaysNoAndMlflowWasNotRead() {
        probe("git.r", Outcome.NOT_MET, Strength.DECLARED);
        probe("mlflow.r", Outcome.UNKNOWN, Strength.LIVE);
        assertThat(outcome(score(Axis.REPRODUCIBILITY, Track.CLASSICAL), "r.two")).isEqualTo(Outcome.UNKNOWN);
        probe("mlflow.r", Outcome.MET, Strength.LIVE);
        assertThat(outcome(score(Axis.REPRODUCIBILITY, Track.CLASSICAL), "r.two")).isEqualTo(Outcome.MET);
    }

    @Test
    void everyReadFailsOnAnyViolationAndNeedsOneSourceRead() {
        probe("git.r", Outcome.MET, Strength.DECLARED);
        probe("git.nb", Outcome.MET, Strength.DECLARED);
        probe("mlflow.nb", Outcome.UNKNOWN, Strength.LIVE);
        assertThat(outcome(score(Axis.REPRODUCIBILITY, Track.CLASSICAL), "r.nb")).isEqualTo(Outcome.MET);
        probe("mlflow.nb", Outcome.NOT_MET, Strength.LIVE);
        assertThat(outcome(score(Axis.REPRODUCIBILITY, Track.CLASSICAL), "r.nb")).isEqualTo(Outcome.NOT_MET);
        probe("git.nb", Outcome.UNKNOWN, Strength.DECLARED);
        probe("mlflow.nb", Outcome.UNKNOWN, Strength.LIVE);
        assertThat(outcome(score(Axis.REPRODUCIBILITY, Track.CLASSICAL), "r.nb")).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void aTrackWithoutDetectedWorkloadIsNotApplicableWithItsDetectionShown() {
        probe("p.two", Outcome.MET, Strength.LIVE);
        AxisResult llm = score(Axis.EVALUATION, Track.LLM);
        assertThat(llm.applicable()).isFalse();
        assertThat(llm.level()).isNull();
        assertThat(llm.criteria()).extracting(CriterionResult::outcome).containsOnly(Outcome.NOT_APPLICABLE);
        Scorer scorer = new Scorer(rubric, probes);
        Scorer.Scored scored = scorer.score(Facts.empty(), AS_OF);
        Summary s = scorer.summarize(scored.axes(), scored.detection());
        assertThat(s.llm().applicable()).isFalse();
        assertThat(s.llm().detection()).contains("detect.llm absent");
        assertThat(s.classical().applicable()).isTrue();
        assertThat(s.classical().detectionEvidence()).isNotEmpty();
    }

    @Test
    void trackSummaryIsTheMinimumOverAxesAndTheUpgradeMatchesTheTier() {
        probe("p.two", Outcome.MET, Strength.LIVE);
        probe("p.three", Outcome.MET, Strength.WIRED);
        probe("p.four", Outcome.NOT_MET, Strength.DECLARED);
        probe("git.r", Outcome.NOT_MET, Strength.DECLARED);
        probe("mlflow.r", Outcome.NOT_MET, Strength.DECLARED);
        Scorer scorer = new Scorer(rubric, probes);
        Scorer.Scored scored = scorer.score(Facts.empty(), AS_OF);
        Summary s = scorer.summarize(scored.axes(), scored.detection());
        assertThat(s.classical().axes()).containsEntry("evaluation", 3).containsEntry("reproducibility", 1);
        assertThat(s.classical().level()).isEqualTo(1);
        assertThat(s.platformLevel()).isEqualTo(1);
        assertThat(s.upgrade()).isEqualTo("classical reproducibility holds the platform at level 1: track experiments");
        assertThat(s.upgradeTarget()).isEqualTo(new Summary.UpgradeTarget("classical", "reproducibility", 1, "r.two"));
        assertThat(s.mismatches()).extracting(Mismatch::kind).containsExactly("spread");
    }

    @Test
    void classicalAndLlmTwoLevelsApartOnAnAxisIsAMismatch() {
        probe("detect.llm", Outcome.MET, Strength.DECLARED);
        probe("p.two", Outcome.MET, Strength.LIVE);
        probe("p.four", Outcome.MET, Strength.LIVE);
        probes.put("p.three", new Probe() {
            @Override
            public dev.maturity.core.spi.ProbeMetadata metadata() {
                return dev.maturity.core.spi.ProbeMetadata.of("p.three", "q", "r");
            }

            @Override
            public dev.maturity.core.model.Finding evaluate(Facts facts, dev.maturity.core.spi.ProbeContext c) {
                return c.track() == Track.CLASSICAL
                        ? Probes.fixed("p.three", Outcome.MET, Strength.WIRED).evaluate(facts, c)
                        : Probes.fixed("p.three", Outcome.NOT_MET, Strength.WIRED).evaluate(facts, c);
            }
        });
        Scorer scorer = new Scorer(rubric, probes);
        Scorer.Scored scored = scorer.score(Facts.empty(), AS_OF);
        assertThat(scored.axes().stream().filter(a -> a.axis() == Axis.EVALUATION).map(AxisResult::level))
                .containsExactly(4, 2);
        assertThat(scorer.summarize(scored.axes(), scored.detection()).mismatches())
                .filteredOn(m -> m.kind().equals("tracks"))
                .extracting(Mismatch::axis, Mismatch::low, Mismatch::high)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("evaluation", 2, 4));
    }

    @Test
    void aProbeThatThrowsBecomesUnknownAndTheScanGoesOn() {
        probes.put("p.two", new Probe() {
            @Override
            public dev.maturity.core.spi.ProbeMetadata metadata() {
                return dev.maturity.core.spi.ProbeMetadata.of("p.two", "q", "r");
            }

            @Override
            public dev.maturity.core.model.Finding evaluate(Facts facts, dev.maturity.core.spi.ProbeContext c) {
                throw new IllegalStateException("boom");
            }
        });
        AxisResult a = score(Axis.EVALUATION, Track.CLASSICAL);
        assertThat(outcome(a, "e.two")).isEqualTo(Outcome.UNKNOWN);
        assertThat(a.criteria().get(0).summary()).contains("boom");
    }

    @Test
    void scoringIsDeterministic() {
        probe("p.two", Outcome.MET, Strength.LIVE);
        probe("git.r", Outcome.MET, Strength.LIVE);
        Scorer scorer = new Scorer(rubric, probes);
        assertThat(scorer.score(Facts.empty(), AS_OF).axes()).isEqualTo(scorer.score(Facts.empty(), AS_OF).axes());
    }
}
