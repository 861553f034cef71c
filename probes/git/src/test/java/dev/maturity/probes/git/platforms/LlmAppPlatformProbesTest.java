package dev.maturity.probes.git.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.fixtures.platforms.LlmAppPlatform;
import dev.maturity.probes.git.GitFacts;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.GithubWorkflowExtractor;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.eval.EvalGateBeforeDeployProbe;
import dev.maturity.probes.git.eval.EvalSuite;
import dev.maturity.probes.git.eval.EvalSuiteExtractor;
import dev.maturity.probes.git.eval.EvalSuiteInCiProbe;
import dev.maturity.probes.git.eval.EvalSuiteWithCasesProbe;
import dev.maturity.probes.git.pipeline.PipelineTestsInCiProbe;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LLM app fixture platforms, read by the real collector and extractors, answer the eval probes as the rubric expects. */
class LlmAppPlatformProbesTest {

    private static final ProbeContext LLM = new ProbeContext(Track.LLM, GitFacts.AS_OF, Map.of());

    @TempDir
    Path dir;

    private static Facts read(Path repo) {
        return GitFacts.collect(repo, new GithubWorkflowExtractor(), new EvalSuiteExtractor());
    }

    @Test
    void theLevel3AppHasASuiteWithSevenCasesRunOnEveryPullRequest() {
        Path repo = LlmAppPlatform.evaluationLevel3(dir.resolve("support-assistant"));
        Facts facts = read(repo);
        String head = GitFacts.head(repo);

        EvalSuite suite = facts.of(EvalSuite.class).get(0);
        assertThat(suite.cases()).isEqualTo(7);
        assertThat(suite.asserts()).isTrue();
        assertThat(suite.dataFiles()).containsExactly("evals/cases.yaml");
        CiJob eval = facts.of(CiJob.class).stream().filter(j -> j.job().equals("eval")).findFirst().orElseThrow();
        assertThat(eval.triggers()).containsExactlyInAnyOrder(Trigger.PULL_REQUEST, Trigger.PUSH);
        assertThat(eval.needs()).containsExactly("unit");

        Finding withCases = new EvalSuiteWithCasesProbe().evaluate(facts, LLM);
        assertThat(withCases.outcome()).isEqualTo(Outcome.MET);
        assertThat(withCases.evidence()).extracting(Evidence::locator)
                .containsExactly("support-assistant@" + head + ":promptfooconfig.yaml#L19-L34");

        Finding inCi = new EvalSuiteInCiProbe().evaluate(facts, LLM);
        assertThat(inCi.outcome()).isEqualTo(Outcome.MET);
        assertThat(inCi.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(
                "support-assistant@" + head + ":promptfooconfig.yaml#L19-L34",
                "support-assistant@" + head + ":.github/workflows/ci.yml#L24-L44");

        Finding gate = new EvalGateBeforeDeployProbe().evaluate(facts, LLM);
        assertThat(gate.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(gate.summary()).isEqualTo(".github/workflows/ci.yml#eval (pull_request, push) is needed by no deploy job");

        assertThat(new PipelineTestsInCiProbe().evaluate(facts, LLM).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aCaselessPromptfooConfigReachesNeitherLevel2NorLevel3Evidence() {
        Facts facts = read(LlmAppPlatform.caselessSuite(dir.resolve("caseless")));
        assertThat(facts.of(EvalSuite.class)).singleElement().satisfies(s -> assertThat(s.cases()).isZero());
        assertThat(new EvalSuiteWithCasesProbe().evaluate(facts, LLM).outcome()).isEqualTo(Outcome.NOT_MET);
        Finding inCi = new EvalSuiteInCiProbe().evaluate(facts, LLM);
        assertThat(inCi.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(inCi.summary()).isEqualTo("promptfooconfig.yaml has no cases");
    }

    @Test
    void aSuiteRunOnlyByWorkflowDispatchIsNotARegressionSuite() {
        Facts facts = read(LlmAppPlatform.suiteOnlyOnDispatch(dir.resolve("dispatch")));
        assertThat(new EvalSuiteWithCasesProbe().evaluate(facts, LLM).outcome()).isEqualTo(Outcome.MET);
        Finding inCi = new EvalSuiteInCiProbe().evaluate(facts, LLM);
        assertThat(inCi.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(inCi.summary()).isEqualTo("promptfooconfig.yaml runs only on manual (.github/workflows/eval.yml#eval (manual))");
    }
}
