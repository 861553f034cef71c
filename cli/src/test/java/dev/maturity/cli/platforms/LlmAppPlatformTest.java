package dev.maturity.cli.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.fixtures.platforms.LlmAppPlatform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code maturity scan --format json} on the LLM app platforms. A promptfoo suite with
 * real cases run on every pull request is evaluation level 3 on the LLM track; a case-less config,
 * or a suite only run by workflow_dispatch, is not.
 */
class LlmAppPlatformTest {

    private static final Pattern COMMIT_PINNED = Pattern.compile("^[^@\\s]+@[0-9a-f]{40}(:.+)?$");

    @TempDir
    Path dir;

    private ScanReport scan(Path repo) {
        return ScanReport.scan(repo, dir.resolve(repo.getFileName() + ".json"));
    }

    private static String outcome(ScanReport report, String criterion) {
        return report.criterion("evaluation", "llm", criterion).get("outcome").asText();
    }

    /** Every MET and NOT_MET criterion of the report, with a problem when it cites no commit-pinned git locator. */
    private static List<String> uncited(ScanReport report) {
        List<String> problems = new ArrayList<>();
        for (JsonNode a : report.json().get("axes")) {
            for (JsonNode c : a.get("criteria")) {
                String outcome = c.get("outcome").asText();
                if (!outcome.equals("MET") && !outcome.equals("NOT_MET")) {
                    continue;
                }
                JsonNode ev = c.get("evidence");
                if (ev == null || ev.isEmpty()) {
                    problems.add(c.get("id").asText() + " (" + outcome + ") cites no evidence");
                    continue;
                }
                for (JsonNode e : ev) {
                    String locator = e.get("locator").asText();
                    if (e.get("source").asText().equals("git") && !COMMIT_PINNED.matcher(locator).matches()) {
                        problems.add(c.get("id").asText() + " cites " + locator);
                    }
                }
            }
        }
        return problems;
    }

    @Test
    void aPromptfooSuiteWithCasesRunOnEveryPullRequestIsEvaluationLevel3() {
        ScanReport report = scan(LlmAppPlatform.evaluationLevel3(dir.resolve("support-assistant")));
        JsonNode evaluation = report.axis("evaluation", "llm");
        assertThat(evaluation.get("applicable").asBoolean()).isTrue();
        assertThat(outcome(report, "eval.results-recorded")).isEqualTo("MET");
        assertThat(outcome(report, "eval.regression-suite-in-ci")).isEqualTo("MET");
        assertThat(report.locators(report.criterion("evaluation", "llm", "eval.regression-suite-in-ci")))
                .anyMatch(l -> l.matches("support-assistant@[0-9a-f]{40}:promptfooconfig\\.yaml#L19-L34"))
                .anyMatch(l -> l.matches("support-assistant@[0-9a-f]{40}:\\.github/workflows/ci\\.yml#L24-L44"));
        assertThat(outcome(report, "eval.gates-block-deploys")).isNotEqualTo("MET");
        assertThat(evaluation.get("level").asInt()).isEqualTo(3);
        assertThat(uncited(report)).isEmpty();
    }

    @Test
    void aCaselessPromptfooConfigIsBelowLevel3() {
        ScanReport report = scan(LlmAppPlatform.caselessSuite(dir.resolve("caseless-assistant")));
        JsonNode evaluation = report.axis("evaluation", "llm");
        assertThat(evaluation.get("applicable").asBoolean()).isTrue();
        assertThat(outcome(report, "eval.results-recorded")).isNotEqualTo("MET");
        assertThat(outcome(report, "eval.regression-suite-in-ci")).isEqualTo("NOT_MET");
        assertThat(evaluation.get("level").asInt()).isLessThan(3);
        assertThat(uncited(report)).isEmpty();
    }

    @Test
    void aSuiteOnlyRunByWorkflowDispatchIsBelowLevel3() {
        ScanReport report = scan(LlmAppPlatform.suiteOnlyOnDispatch(dir.resolve("dispatch-assistant")));
        JsonNode evaluation = report.axis("evaluation", "llm");
        assertThat(evaluation.get("applicable").asBoolean()).isTrue();
        assertThat(outcome(report, "eval.results-recorded")).isEqualTo("MET");
        assertThat(outcome(report, "eval.regression-suite-in-ci")).isEqualTo("NOT_MET");
        assertThat(evaluation.get("level").asInt()).isEqualTo(2);
        assertThat(uncited(report)).isEmpty();
    }
}
