package dev.maturity.cli.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maturity.cli.Main;
import dev.maturity.fixtures.platforms.LlmAppPlatform;
import java.io.IOException;
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
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode scan(Path repo) throws IOException {
        Path out = dir.resolve(repo.getFileName() + ".json");
        int exit = Main.run("scan", repo.toString(), "--format", "json", "--output", out.toString());
        assertThat(exit).as("exit code of maturity scan").isZero();
        return JSON.readTree(out.toFile());
    }

    private static JsonNode axis(JsonNode report, String axis, String track) {
        for (JsonNode a : report.get("axes")) {
            if (a.get("axis").asText().equals(axis) && a.get("track").asText().equals(track)) {
                return a;
            }
        }
        throw new AssertionError("no axis " + axis + "/" + track + " in the report");
    }

    private static JsonNode criterion(JsonNode axis, String id) {
        for (JsonNode c : axis.get("criteria")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + id);
    }

    /** Every MET and NOT_MET criterion of the report, with a problem when it cites no commit-pinned git locator. */
    private static List<String> uncited(JsonNode report) {
        List<String> problems = new ArrayList<>();
        for (JsonNode a : report.get("axes")) {
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
    void aPromptfooSuiteWithCasesRunOnEveryPullRequestIsEvaluationLevel3() throws IOException {
        JsonNode report = scan(LlmAppPlatform.evaluationLevel3(dir.resolve("support-assistant")));
        JsonNode evaluation = axis(report, "evaluation", "llm");
        assertThat(evaluation.get("applicable").asBoolean()).isTrue();
        assertThat(criterion(evaluation, "eval.results-recorded").get("outcome").asText()).isEqualTo("MET");
        assertThat(criterion(evaluation, "eval.regression-suite-in-ci").get("outcome").asText()).isEqualTo("MET");
        assertThat(criterion(evaluation, "eval.gates-block-deploys").get("outcome").asText()).isNotEqualTo("MET");
        assertThat(evaluation.get("level").asInt()).isEqualTo(3);
        assertThat(uncited(report)).isEmpty();
    }

    @Test
    void aCaselessPromptfooConfigIsBelowLevel3() throws IOException {
        JsonNode report = scan(LlmAppPlatform.caselessSuite(dir.resolve("caseless-assistant")));
        JsonNode evaluation = axis(report, "evaluation", "llm");
        assertThat(evaluation.get("applicable").asBoolean()).isTrue();
        assertThat(criterion(evaluation, "eval.regression-suite-in-ci").get("outcome").asText()).isEqualTo("NOT_MET");
        assertThat(evaluation.get("level").asInt()).isLessThan(3);
        assertThat(uncited(report)).isEmpty();
    }

    @Test
    void aSuiteOnlyRunByWorkflowDispatchIsBelowLevel3() throws IOException {
        JsonNode report = scan(LlmAppPlatform.suiteOnlyOnDispatch(dir.resolve("dispatch-assistant")));
        JsonNode evaluation = axis(report, "evaluation", "llm");
        assertThat(evaluation.get("applicable").asBoolean()).isTrue();
        assertThat(criterion(evaluation, "eval.results-recorded").get("outcome").asText()).isEqualTo("MET");
        assertThat(criterion(evaluation, "eval.regression-suite-in-ci").get("outcome").asText()).isEqualTo("NOT_MET");
        assertThat(evaluation.get("level").asInt()).isEqualTo(2);
        assertThat(uncited(report)).isEmpty();
    }
}
