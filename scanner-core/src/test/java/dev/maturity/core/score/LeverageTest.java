package dev.maturity.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.spi.Probe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The highest-leverage upgrade names the track and axis that hold the platform back. */
class LeverageTest {

    static final String RUBRIC = """
            extends: none
            id: test
            version: "1"
            detection:
              classical: [detect.classical]
              llm: [detect.llm]
            leverage:
              - {from: 1, axis: reproducibility, upgrade: "track experiments", llm: "version prompts"}
              - {from: 2, axis: evaluation, upgrade: "wire evals into CI", llm: "wire the LLM eval suite into CI"}
            criteria:
              - {id: r.c2, axis: reproducibility, track: classical, level: 2, question: q, probes: [p.rc2], remediation: pin deps}
              - {id: r.l2, axis: reproducibility, track: llm, level: 2, question: q, probes: [p.rl2], remediation: version prompts}
              - {id: r.3, axis: reproducibility, track: both, level: 3, question: q, probes: [p.r3]}
              - {id: e.2, axis: evaluation, track: both, level: 2, question: q, probes: [p.e2], remediation: write evals}
              - {id: e.3, axis: evaluation, track: both, level: 3, question: q, probes: [p.e3]}
              - {id: d.2, axis: deployment, track: both, level: 2, question: q, probes: [p.d2], remediation: keep manifests}
              - {id: d.3, axis: deployment, track: both, level: 3, question: q, probes: [p.d3]}
              - {id: o.2, axis: observability, track: both, level: 2, question: q, probes: [p.o2], remediation: add metrics}
              - {id: o.3, axis: observability, track: both, level: 3, question: q, probes: [p.o3]}
              - {id: g.2, axis: governance, track: both, level: 2, question: q, probes: [p.g2], remediation: add owners}
              - {id: g.3, axis: governance, track: both, level: 3, question: q, probes: [p.g3]}
            """;

    @TempDir
    Path dir;
    Map<String, Probe> probes = new HashMap<>();

    void given(Outcome o, String... ids) {
        for (String id : ids) {
            probes.put(id, Probes.fixed(id, o, Strength.LIVE));
        }
    }

    Summary summary() throws IOException {
        Path file = dir.resolve("rubric.yaml");
        Files.writeString(file, RUBRIC);
        Scorer scorer = new Scorer(RubricLoader.load(file), probes);
        Scorer.Scored scored = scorer.score(Facts.empty(), ScorerTest.AS_OF);
        return scorer.summarize(scored.axes(), scored.detection());
    }

    @Test
    void anLlmOnlyPlatformGetsTheSeedsSentencePhrasedForLlm() throws IOException {
        given(Outcome.MET, "detect.llm", "p.rl2", "p.e2", "p.d2", "p.o2", "p.g2");
        given(Outcome.NOT_MET, "detect.classical", "p.r3", "p.e3", "p.d3", "p.o3", "p.g3");
        Summary s = summary();
        assertThat(s.platformLevel()).isEqualTo(2);
        assertThat(s.upgrade()).isEqualTo("llm evaluation holds the platform at level 2: wire the LLM eval suite into CI");
        assertThat(s.upgradeTarget()).isEqualTo(new Summary.UpgradeTarget("llm", "evaluation", 2, "e.3"));
    }

    @Test
    void theLowerLlmTrackIsChosenAndClosingTheGapIsNamed() throws IOException {
        given(Outcome.MET, "detect.classical", "detect.llm", "p.rc2", "p.r3", "p.e2", "p.e3", "p.d2", "p.d3", "p.o2", "p.o3",
                "p.g2", "p.g3");
        given(Outcome.NOT_MET, "p.rl2");
        Summary s = summary();
        // this rubric has no criteria above level 3, so a classical track meeting all of them reaches 5
        assertThat(s.classical().level()).isEqualTo(5);
        assertThat(s.llm().level()).isEqualTo(1);
        assertThat(s.upgrade()).isEqualTo("llm reproducibility holds the platform at level 1: version prompts Closing the gap "
                + "to the classical platform (level 5) is the highest-return investment.");
    }

    @Test
    void whenTheSentencesAxisIsNotWhatHoldsTheTrackTheFirstAxisInTheSeedsOrderGivesItsNextStep() throws IOException {
        given(Outcome.MET, "detect.classical", "p.rc2", "p.e2");
        given(Outcome.NOT_MET, "detect.llm", "p.r3", "p.e3", "p.d2", "p.d3", "p.o2", "p.o3", "p.g2", "p.g3");
        Summary s = summary();
        assertThat(s.upgrade()).isEqualTo("classical deployment holds the platform at level 1: keep manifests");
        assertThat(s.upgradeTarget()).isEqualTo(new Summary.UpgradeTarget("classical", "deployment", 1, "d.2"));
    }

    @Test
    void onATieTheTrackWhoseSentenceAxisHoldsItIsChosenElseLlm() throws IOException {
        given(Outcome.MET, "detect.classical", "detect.llm", "p.rl2", "p.e2", "p.d2", "p.o2", "p.g2");
        given(Outcome.NOT_MET, "p.rc2", "p.r3", "p.e3", "p.d3", "p.o3", "p.g3");
        assertThat(summary().upgradeTarget()).isEqualTo(new Summary.UpgradeTarget("classical", "reproducibility", 1, "r.c2"));
        given(Outcome.NOT_MET, "p.rl2");
        assertThat(summary().upgrade()).isEqualTo("llm reproducibility holds the platform at level 1: version prompts");
    }
}
