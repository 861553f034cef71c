package dev.maturity.probes.git.eval;

import static dev.maturity.probes.git.TestFacts.at;
import static dev.maturity.probes.git.TestFacts.context;
import static dev.maturity.probes.git.TestFacts.job;
import static dev.maturity.probes.git.TestFacts.read;
import static dev.maturity.probes.git.TestFacts.suite;
import static dev.maturity.probes.git.TestFacts.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.probes.git.TestFacts;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.code.Signal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvalProbesTest {

    private static final String WF = ".github/workflows/ci.yml";
    private static final EvalSuite PROMPTFOO = suite("promptfoo", "promptfooconfig.yaml", Track.LLM, 7, true);
    private static final EvalSuite CASELESS = suite("promptfoo", "promptfooconfig.yaml", Track.LLM, 0, true);
    private static final EvalSuite MODEL_TESTS = suite("pytest-model-tests", "tests/test_model.py", Track.CLASSICAL, 2, true);

    private static CiJob evalJob(Set<Trigger> triggers) {
        return job(WF, 12, 30, "eval", triggers, List.of("unit"), List.of("npx promptfoo@0.112.4 eval -c promptfooconfig.yaml"),
                List.of("promptfooconfig.yaml"), null);
    }

    private static List<String> locators(Finding f) {
        return f.evidence().stream().map(Evidence::locator).toList();
    }

    @Test
    void aSuiteWithCasesIsEvidenceOfRecordedResults() {
        Finding f = new EvalSuiteWithCasesProbe().evaluate(read(PROMPTFOO), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(locators(f)).containsExactly(at("promptfooconfig.yaml", 1, 20));
    }

    @Test
    void aCaselessPromptfooConfigIsNotEvidence() {
        Finding f = new EvalSuiteWithCasesProbe().evaluate(read(CASELESS), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).contains("without cases");
        assertThat(locators(f)).containsExactlyInAnyOrder(at("promptfooconfig.yaml", 1, 20), tree());
    }

    @Test
    void suitesAreCountedPerTrack() {
        Finding f = new EvalSuiteWithCasesProbe().evaluate(read(MODEL_TESTS), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(locators(f)).containsExactly(tree());
    }

    @Test
    void anUnreadTreeIsUnknownNeverNotMet() {
        assertThat(new EvalSuiteWithCasesProbe().evaluate(TestFacts.unread(), context(Track.LLM)).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(new EvalSuiteInCiProbe().evaluate(TestFacts.unread(), context(Track.LLM)).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(new EvalGateBeforeDeployProbe().evaluate(TestFacts.unread(), context(Track.LLM)).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(new RedteamScheduledProbe().evaluate(TestFacts.unread(), context(Track.LLM)).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void aSuiteRunOnEveryPullRequestIsARegressionSuiteInCi() {
        Finding f = new EvalSuiteInCiProbe().evaluate(read(PROMPTFOO, evalJob(Set.of(Trigger.PULL_REQUEST))), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).extracting(Evidence::locator, Evidence::strength).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(at("promptfooconfig.yaml", 1, 20), Strength.WIRED),
                org.assertj.core.groups.Tuple.tuple(at(WF, 12, 30), Strength.WIRED));
    }

    @Test
    void aSuiteRunOnlyByWorkflowDispatchIsNotMet() {
        Finding f = new EvalSuiteInCiProbe().evaluate(read(PROMPTFOO, evalJob(Set.of(Trigger.MANUAL))), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("promptfooconfig.yaml runs only on manual (" + WF + "#eval (manual))");
        assertThat(locators(f)).containsExactlyInAnyOrder(at("promptfooconfig.yaml", 1, 20), at(WF, 12, 30), tree());
    }

    @Test
    void aSuiteRunOnlyOnAScheduleIsNotARegressionSuite() {
        Finding f = new EvalSuiteInCiProbe().evaluate(read(PROMPTFOO, evalJob(Set.of(Trigger.SCHEDULE))), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aCaselessSuiteRunOnPullRequestsIsStillNotMet() {
        Finding f = new EvalSuiteInCiProbe().evaluate(read(CASELESS, evalJob(Set.of(Trigger.PULL_REQUEST))), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("promptfooconfig.yaml has no cases");
    }

    @Test
    void forTheClassicalTrackModelTestsRunByPytestCount() {
        CiJob unit = job(WF, 3, 10, "unit", Set.of(Trigger.PUSH), List.of(), List.of("pytest tests/"), List.of("tests/test_model.py"), null);
        Facts facts = read(PROMPTFOO, MODEL_TESTS, unit);
        assertThat(new EvalSuiteInCiProbe().evaluate(facts, context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.MET);
        assertThat(new EvalSuiteInCiProbe().evaluate(facts, context(Track.LLM)).summary()).isEqualTo("promptfooconfig.yaml is not run by any CI job");
    }

    @Test
    void aDeployJobNeedingTheEvalJobThroughAnotherJobIsGated() {
        CiJob eval = evalJob(Set.of(Trigger.PUSH));
        CiJob build = job(WF, 31, 40, "build", Set.of(Trigger.PUSH), List.of("eval"), List.of("docker build ."), List.of(), null);
        CiJob deploy = job(WF, 41, 50, "deploy", Set.of(Trigger.PUSH), List.of("build"), List.of("helm upgrade app charts/app"),
                List.of(), null);
        Finding f = new EvalGateBeforeDeployProbe().evaluate(read(PROMPTFOO, eval, build, deploy), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(locators(f)).containsExactlyInAnyOrder(at("promptfooconfig.yaml", 1, 20), at(WF, 12, 30), at(WF, 41, 50));
    }

    @Test
    void aDeployJobThatDoesNotNeedTheEvalJobIsNotGated() {
        CiJob eval = evalJob(Set.of(Trigger.PUSH));
        CiJob deploy = job(WF, 41, 50, "deploy", Set.of(Trigger.PUSH), List.of(), List.of("echo"), List.of(), "production");
        Finding f = new EvalGateBeforeDeployProbe().evaluate(read(PROMPTFOO, eval, deploy), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo(WF + "#eval (push) is needed by no deploy job");
    }

    @Test
    void anEvalWithoutThresholdsGatesNothingUnlessItsCommandFailsUnderAScore() {
        EvalSuite noAsserts = suite("inspect-ai", "evals/security.py", Track.LLM, 12, false);
        CiJob plain = job(WF, 12, 30, "eval", Set.of(Trigger.PUSH), List.of(), List.of("inspect eval evals/security.py"),
                List.of("evals/security.py"), null);
        CiJob deploy = job(WF, 41, 50, "deploy", Set.of(Trigger.PUSH), List.of("eval"), List.of("kubectl apply -k k8s/"), List.of(), null);
        assertThat(new EvalGateBeforeDeployProbe().evaluate(read(noAsserts, plain, deploy), context(Track.LLM)).summary())
                .isEqualTo(WF + "#eval (push) runs evals/security.py without assertions or thresholds");
        CiJob scored = job(WF, 12, 30, "eval", Set.of(Trigger.PUSH), List.of(),
                List.of("python scripts/check_scores.py logs/ --fail-under 0.85", "inspect eval evals/security.py"),
                List.of("evals/security.py"), null);
        assertThat(new EvalGateBeforeDeployProbe().evaluate(read(noAsserts, scored, deploy), context(Track.LLM)).outcome())
                .isEqualTo(Outcome.MET);
    }

    @Test
    void anEvalJobAllowedToFailGatesNothing() {
        CiJob eval = evalJob(Set.of(Trigger.PUSH));
        CiJob flaky = new CiJob(eval.repo(), eval.system(), eval.file(), eval.workflow(), eval.job(), eval.triggers(), eval.needs(),
                eval.commands(), null, eval.evidence(), eval.runs(), true);
        CiJob deploy = job(WF, 41, 50, "deploy", Set.of(Trigger.PUSH), List.of("eval"), List.of(), List.of(), "production");
        Finding f = new EvalGateBeforeDeployProbe().evaluate(read(PROMPTFOO, flaky, deploy), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).endsWith("is allowed to fail");
    }

    @Test
    void redTeamingOnAScheduleIsMetAndOnPullRequestsOnlyIsNot() {
        CiJob nightly = job(".github/workflows/redteam.yml", 8, 20, "redteam", Set.of(Trigger.SCHEDULE), List.of(),
                List.of("npx promptfoo@latest redteam run -c redteam/promptfooconfig.yaml"), List.of(), null);
        assertThat(new RedteamScheduledProbe().evaluate(read(nightly), context(Track.LLM)).outcome()).isEqualTo(Outcome.MET);
        CiJob onPr = job(".github/workflows/garak.yml", 8, 20, "garak", Set.of(Trigger.PULL_REQUEST), List.of(),
                List.of("python -m garak --model_type openai --model_name gpt-4o-mini --probes promptinject"), List.of(), null);
        Finding f = new RedteamScheduledProbe().evaluate(read(onPr), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("red-teaming runs in CI but not on a schedule");
    }

    @Test
    void pyritCodeRunByAScheduledJobIsScheduledRedTeaming() {
        var pyrit = TestFacts.signal("redteam/attack.py", 3, Signal.RED_TEAM, "pyrit");
        CiJob weekly = job(".github/workflows/weekly.yml", 5, 15, "attack", Set.of(Trigger.SCHEDULE), List.of(),
                List.of("python redteam/attack.py"), List.of("redteam/attack.py"), null);
        Finding f = new RedteamScheduledProbe().evaluate(read(pyrit, weekly), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(locators(f)).containsExactlyInAnyOrder(at("redteam/attack.py", 3, 3), at(".github/workflows/weekly.yml", 5, 15));
        assertThat(new RedteamScheduledProbe().evaluate(read(pyrit), context(Track.LLM)).summary())
                .isEqualTo("red-teaming is declared but no CI job runs it");
    }
}
