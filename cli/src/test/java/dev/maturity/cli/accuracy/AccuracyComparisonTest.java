package dev.maturity.cli.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maturity.cli.Main;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import dev.maturity.fixtures.platforms.LlmAppPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accuracy bench compares a reviewer's ranges with a real scan: a level inside the range is
 * within, below is under (with the criteria holding it down), above is over (with the criteria that
 * lifted it), and a track the reviewer judged applicable but the scanner did not detect is an
 * applicability disagreement. Scanned here: an LLM app whose promptfoo suite runs on every pull
 * request (evaluation/llm level 3, no classical workload).
 */
class AccuracyComparisonTest {

    @TempDir
    Path dir;

    private JsonNode report;

    @BeforeEach
    void scanTheLlmApp() throws Exception {
        Path repo = LlmAppPlatform.evaluationLevel3(dir.resolve("support-assistant"));
        Path out = dir.resolve("report.json");
        assertThat(Main.run("scan", repo.toString(), "--format", "json", "--output", out.toString())).isZero();
        report = new ObjectMapper().readTree(out.toFile());
    }

    private Judgement judged(String classical, String evaluationRange) throws Exception {
        int level = Integer.parseInt(evaluationRange.substring(0, 1));
        String llm = """
                    reproducibility: {level: 1, range: "1-2", why: "prompts in files"}
                    evaluation: {level: %d, range: "%s", why: "promptfoo suite on pull requests"}
                    deployment: {level: 1, range: "1-2", why: "no deploy"}
                    observability: {level: 1, range: "1-2", why: "none"}
                    governance: {level: 1, range: "1-2", why: "none"}
                """.formatted(level, evaluationRange);
        Path file = dir.resolve("acme__support-assistant.yaml");
        Files.writeString(file, """
                repo: acme/support-assistant
                sha: 0123456789abcdef0123456789abcdef01234567
                as_of: "2026-11-30T00:00:00Z"
                category: llm-evals
                judge: test
                tracks:
                  classical: %s
                  llm:
                %s""".formatted(classical, llm));
        return CorpusLoader.read(file);
    }

    private static CellResult cell(List<CellResult> results, Track track, Axis axis) {
        return results.stream().filter(r -> r.track() == track && r.axis() == axis).findFirst().orElseThrow();
    }

    @Test
    void aLevelInsideTheRangeIsWithin() throws Exception {
        List<CellResult> results = Comparison.compare(judged("NA", "3-4"), report);
        CellResult evaluation = cell(results, Track.LLM, Axis.EVALUATION);
        assertThat(evaluation.scanned()).isEqualTo(3);
        assertThat(evaluation.verdict()).isEqualTo(Verdict.WITHIN);
        assertThat(evaluation.because()).isEmpty();
        assertThat(results).noneMatch(r -> r.track() == Track.CLASSICAL);
    }

    @Test
    void aLevelAboveTheRangeIsOverAndNamesTheCriteriaThatLiftedIt() throws Exception {
        CellResult evaluation = cell(Comparison.compare(judged("NA", "1-2"), report), Track.LLM, Axis.EVALUATION);
        assertThat(evaluation.verdict()).isEqualTo(Verdict.OVER);
        assertThat(evaluation.because()).singleElement().asString()
                .startsWith("L3 MET eval.regression-suite-in-ci: ")
                .containsPattern("support-assistant@[0-9a-f]{40}:");
    }

    @Test
    void aLevelBelowTheRangeIsUnderAndNamesTheCriteriaHoldingItDown() throws Exception {
        CellResult evaluation = cell(Comparison.compare(judged("NA", "4-5"), report), Track.LLM, Axis.EVALUATION);
        assertThat(evaluation.verdict()).isEqualTo(Verdict.UNDER);
        assertThat(evaluation.because()).anyMatch(line -> line.matches("L4 (NOT_MET|UNKNOWN) eval\\.gates-block-deploys: .*"))
                .allMatch(line -> line.startsWith("L4 ") || line.startsWith("L3 ") || line.startsWith("L2 "));
    }

    @Test
    void aTrackJudgedApplicableThatTheScannerDidNotDetectIsAnApplicabilityDisagreement() throws Exception {
        String classical = """

                    reproducibility: {level: 2, range: "2-3", why: "trains a model"}
                    evaluation: {level: 1, range: "1-2", why: "x"}
                    deployment: {level: 1, range: "1-2", why: "x"}
                    observability: {level: 1, range: "1-2", why: "x"}
                    governance: {level: 1, range: "1-2", why: "x"}
                """.stripTrailing();
        List<CellResult> results = Comparison.compare(judged(classical, "3-4"), report);
        assertThat(results.stream().filter(r -> r.track() == Track.CLASSICAL))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.axis()).isNull();
                    assertThat(r.verdict()).isEqualTo(Verdict.APPLICABILITY);
                    assertThat(r.because().get(0)).startsWith("scanner found none: ");
                });
    }

    @Test
    void aTrackWhoseApplicabilityIsDebatableIsNeverADisagreement() throws Exception {
        String either = """

                    applicable: either
                    reproducibility: {level: 1, range: "1-2", why: "x"}
                    evaluation: {level: 1, range: "1-2", why: "x"}
                    deployment: {level: 1, range: "1-2", why: "x"}
                    observability: {level: 1, range: "1-2", why: "x"}
                    governance: {level: 1, range: "1-2", why: "x"}
                """.stripTrailing();
        assertThat(Comparison.compare(judged(either, "3-4"), report)).noneMatch(r -> r.track() == Track.CLASSICAL);
    }

    @Test
    void theTableCountsWithinUnderOverAndApplicability() throws Exception {
        Judgement judgement = judged("NA", "1-2");
        String md = AccuracyTable.render(List.of(
                new AccuracyTable.RepoOutcome(judgement, Comparison.compare(judgement, report), null, 1.5)));
        assertThat(md).contains("## Totals").contains("| 1 of 1 | 5 |")
                .contains("| acme/support-assistant | llm-evals | llm |")
                .contains("**3 > 1-2**")
                .contains("- **acme/support-assistant** llm/evaluation: scanned 3, judged 1-2 — promptfoo suite on pull requests");
    }

    @Test
    void aJudgementWithAWideRangeOrALevelOutsideItIsRejectedNamingTheFile() throws Exception {
        Path wide = dir.resolve("wide.yaml");
        Files.writeString(wide, """
                repo: a/b
                sha: 0123456789abcdef0123456789abcdef01234567
                as_of: "2026-01-01T00:00:00Z"
                tracks:
                  classical:
                    reproducibility: {level: 2, range: "1-3", why: "x"}
                """);
        assertThatThrownBy(() -> CorpusLoader.read(wide))
                .hasMessage("wide.yaml: tracks.classical.reproducibility: range 1-3 must span at most two levels");
        Path outside = dir.resolve("outside.yaml");
        Files.writeString(outside, Files.readString(wide).replace("level: 2, range: \"1-3\"", "level: 4, range: \"2-3\""));
        assertThatThrownBy(() -> CorpusLoader.read(outside))
                .hasMessage("outside.yaml: tracks.classical.reproducibility: level 4 lies outside its range 2-3");
    }
}
