package dev.maturity.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maturity.cli.AuditHarness;
import dev.maturity.fixtures.platforms.LlmAppPlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A control's status is computed from the evidence, never mapped statically: the same LLM app with
 * its promptfoo suite run on every pull request, and with the suite only started by hand
 * (workflow_dispatch), supports the controls that suite evidences differently.
 */
class ControlsFollowEvidenceTest {

    @TempDir
    Path dir;

    private Map<String, JsonNode> controls(Path repo) throws Exception {
        Path pack = dir.resolve(repo.getFileName() + ".zip");
        AuditHarness.Run run = AuditHarness.audit(Map.of(), repo.toString(), "--as-of", "2026-11-30", "--output", pack.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(new String(AuditPlatform.entries(pack).get("controls.json"), StandardCharsets.UTF_8));
        Map<String, JsonNode> out = new TreeMap<>();
        for (JsonNode f : doc.path("frameworks")) {
            for (JsonNode c : f.path("controls")) {
                out.put(f.path("id").asText() + ":" + c.path("id").asText(), c);
            }
        }
        return out;
    }

    private static String outcome(JsonNode control, String criterion) {
        for (JsonNode c : control.path("criteria")) {
            if (c.path("id").asText().equals(criterion) && c.path("track").asText().equals("llm")) {
                return c.path("outcome").asText();
            }
        }
        return "absent";
    }

    @Test
    void an_eval_suite_run_by_hand_instead_of_on_pull_requests_changes_the_controls_it_supports() throws Exception {
        Map<String, JsonNode> onPullRequests = controls(LlmAppPlatform.evaluationLevel3(dir.resolve("on-prs")));
        Map<String, JsonNode> byHand = controls(LlmAppPlatform.suiteOnlyOnDispatch(dir.resolve("by-hand")));

        for (String key : new String[] {"eu-ai-act:Art.15", "nist-ai-rmf:MEASURE-2.5", "iso-42001:A.6.2.4"}) {
            assertThat(outcome(onPullRequests.get(key), "eval.regression-suite-in-ci")).as(key).isEqualTo("MET");
            assertThat(outcome(byHand.get(key), "eval.regression-suite-in-ci")).as(key).isEqualTo("NOT_MET");
            assertThat(byHand.get(key).path("why").asText()).as(key).contains("Not met: ").contains("eval.regression-suite-in-ci (llm)");
        }
        // NIST MEASURE-2.5 (tests and evaluations run so regressions are caught) rests on CI-tested pipelines and this suite
        assertThat(onPullRequests.get("nist-ai-rmf:MEASURE-2.5").path("status").asText()).isEqualTo("supported");
        assertThat(byHand.get("nist-ai-rmf:MEASURE-2.5").path("status").asText()).isEqualTo("partly supported");
        // the broader controls stay partly supported, with one met criterion fewer, and say which
        for (String key : new String[] {"eu-ai-act:Art.15", "iso-42001:A.6.2.4"}) {
            assertThat(onPullRequests.get(key).path("status").asText()).as(key).isEqualTo("partly supported");
            assertThat(byHand.get(key).path("status").asText()).as(key).isEqualTo("partly supported");
            assertThat(met(byHand.get(key))).as(key).isEqualTo(met(onPullRequests.get(key)) - 1);
        }
        // controls the suite does not evidence do not move
        Map<String, String> before = new TreeMap<>();
        Map<String, String> after = new TreeMap<>();
        onPullRequests.forEach((k, v) -> before.put(k, v.path("status").asText()));
        byHand.forEach((k, v) -> after.put(k, v.path("status").asText()));
        before.keySet().removeIf(k -> k.equals("nist-ai-rmf:MEASURE-2.5"));
        after.keySet().removeIf(k -> k.equals("nist-ai-rmf:MEASURE-2.5"));
        assertThat(after).isEqualTo(before);
    }

    /** N of "N of M mapped criteria met". */
    private static int met(JsonNode control) {
        return Integer.parseInt(control.path("why").asText().split(" ")[0]);
    }
}
