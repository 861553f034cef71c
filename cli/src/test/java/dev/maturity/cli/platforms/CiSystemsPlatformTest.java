package dev.maturity.cli.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.fixtures.platforms.CiFlavour;
import dev.maturity.fixtures.platforms.LlmAppPlatform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * End to end, per CI system: the same LLM app, its unit tests and promptfoo suite run by each system's
 * CI, scores exactly as under GitHub Actions (every criterion's outcome, every axis's level and
 * ceiling): at evaluation level 3 when the suite runs on pull requests, at level 2 (like a
 * workflow_dispatch-only workflow) when it runs only by hand. A repository whose only CI the scanner
 * cannot read is UNKNOWN on CI criteria, with the system named.
 */
class CiSystemsPlatformTest {

    @TempDir
    static Path dir;

    private static ScanReport githubOnPullRequests;
    private static ScanReport githubByHand;

    @BeforeAll
    static void githubBaselines() {
        githubOnPullRequests = scan(CiFlavour.GITHUB, true);
        githubByHand = scan(CiFlavour.GITHUB, false);
    }

    private static ScanReport scan(CiFlavour ci, boolean onPullRequests) {
        String name = "assistant-" + ci.name().toLowerCase() + (onPullRequests ? "-pr" : "-manual");
        return ScanReport.scan(LlmAppPlatform.withCi(dir.resolve(name), ci, onPullRequests), dir.resolve(name + ".json"));
    }

    /** axis/track → "level ^ceiling", for every axis and track. */
    private static Map<String, String> levels(ScanReport r) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode a : r.json().get("axes")) {
            out.put(a.get("axis").asText() + "/" + a.get("track").asText(), a.path("level").asText() + " ^" + a.path("ceiling").asText());
        }
        return out;
    }

    /** axis/track/criterion → outcome, for every criterion. */
    private static Map<String, String> outcomes(ScanReport r) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode a : r.json().get("axes")) {
            for (JsonNode c : a.get("criteria")) {
                out.put(a.get("axis").asText() + "/" + a.get("track").asText() + "/" + c.get("id").asText(), c.get("outcome").asText());
            }
        }
        return out;
    }

    private static String regression(ScanReport r) {
        return r.criterion("evaluation", "llm", "eval.regression-suite-in-ci").get("outcome").asText();
    }

    @Test
    void theGithubBaselinesAreLevel3OnPullRequestsAndLevel2ByHand() {
        assertThat(regression(githubOnPullRequests)).isEqualTo("MET");
        assertThat(githubOnPullRequests.axis("evaluation", "llm").get("level").asInt()).isEqualTo(3);
        assertThat(githubOnPullRequests.criterion("reproducibility", "llm", "repro.pipelines-ci-tested").get("outcome").asText())
                .isEqualTo("MET");
        assertThat(regression(githubByHand)).isEqualTo("NOT_MET");
        assertThat(githubByHand.axis("evaluation", "llm").get("level").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = CiFlavour.class, names = "GITHUB", mode = EnumSource.Mode.EXCLUDE)
    void aSuiteRunOnPullRequestsScoresAsUnderGithubActions(CiFlavour ci) {
        ScanReport r = scan(ci, true);
        assertThat(regression(r)).isEqualTo("MET");
        assertThat(r.locators(r.criterion("evaluation", "llm", "eval.regression-suite-in-ci")))
                .anyMatch(l -> l.matches("assistant-[a-z_]+-pr@[0-9a-f]{40}:promptfooconfig\\.yaml#L\\d+-L\\d+"))
                .anyMatch(l -> l.contains(":" + ci.paths().get(0) + "#L"));
        assertThat(outcomes(r)).isEqualTo(outcomes(githubOnPullRequests));
        assertThat(levels(r)).isEqualTo(levels(githubOnPullRequests));
        assertThat(r.json().get("unreadable")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CiFlavour.class, names = "GITHUB", mode = EnumSource.Mode.EXCLUDE)
    void aPipelineRunOnlyByHandScoresLikeAWorkflowDispatchWorkflow(CiFlavour ci) {
        ScanReport r = scan(ci, false);
        assertThat(regression(r)).isEqualTo("NOT_MET");
        assertThat(r.criterion("evaluation", "llm", "eval.regression-suite-in-ci").get("summary").asText())
                .startsWith("promptfooconfig.yaml runs only on manual");
        assertThat(outcomes(r)).isEqualTo(outcomes(githubByHand));
        assertThat(levels(r)).isEqualTo(levels(githubByHand));
    }

    @Test
    void aRepositoryWhoseOnlyCiIsUnsupportedIsUnknownOnCiCriteriaWithTheSystemNamed() {
        Path repo = LlmAppPlatform.withUnreadCi(dir.resolve("assistant-travis"), ".travis.yml", """
                language: node_js
                node_js: ["22"]
                before_script:
                  - pip install -r requirements.txt
                script:
                  - pytest -q tests/
                  - npx promptfoo@0.112.4 eval -c promptfooconfig.yaml --no-cache
                """);
        ScanReport r = ScanReport.scan(repo, dir.resolve("assistant-travis.json"));
        String note = "CI present: Travis CI (.travis.yml), not interpreted: the scanner has no reader for Travis CI";
        JsonNode regression = r.criterion("evaluation", "llm", "eval.regression-suite-in-ci");
        assertThat(regression.get("outcome").asText()).isEqualTo("UNKNOWN");
        assertThat(regression.get("summary").asText()).endsWith("assistant-travis: " + note);
        assertThat(r.locators(regression)).anyMatch(l -> l.matches("assistant-travis@[0-9a-f]{40}:\\.travis\\.yml"));
        assertThat(r.criterion("reproducibility", "llm", "repro.pipelines-ci-tested").get("outcome").asText()).isEqualTo("UNKNOWN");
        assertThat(r.axis("evaluation", "llm").get("level").asInt()).isEqualTo(2);
        assertThat(r.axis("evaluation", "llm").get("ceiling").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(r.json().get("sources").get(0).get("message").asText()).contains(note);
        List<String> unreadable = new ArrayList<>();
        r.json().get("unreadable").forEach(u -> unreadable.add(u.get("locator").asText() + " " + u.get("message").asText()));
        assertThat(unreadable).anyMatch(u -> u.matches("assistant-travis@[0-9a-f]{40}:\\.travis\\.yml " + java.util.regex.Pattern.quote(note)));
    }

    @Test
    void aScriptedJenkinsfileIsUnknownNotNotMet() {
        Path repo = LlmAppPlatform.withUnreadCi(dir.resolve("assistant-scripted"), "Jenkinsfile", """
                node('linux') {
                    stage('Checkout') { checkout scm }
                    stage('Eval') {
                        sh 'npx promptfoo@0.112.4 eval -c promptfooconfig.yaml'
                    }
                }
                """);
        ScanReport r = ScanReport.scan(repo, dir.resolve("assistant-scripted.json"));
        JsonNode regression = r.criterion("evaluation", "llm", "eval.regression-suite-in-ci");
        assertThat(regression.get("outcome").asText()).isEqualTo("UNKNOWN");
        assertThat(regression.get("summary").asText()).endsWith("CI present: Jenkins (Jenkinsfile), not interpreted:"
                + " scripted pipeline (node { }), only declarative pipelines are read");
    }
}
