package dev.maturity.probes.git.paths;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MlPathsTest {

    final MlPaths paths = MlPaths.defaultPaths();

    @Test
    void promptFilesArePromptPathsWhereverTheyLive() {
        assertThat(paths.classify("prompts/system.md")).contains(PathKind.PROMPT);
        assertThat(paths.classify("app/agents/triage.prompty")).contains(PathKind.PROMPT);
        assertThat(paths.classify("answer.prompty")).contains(PathKind.PROMPT);
    }

    @Test
    void aPromptfooSuiteIsAnEvalConfigNotAPrompt() {
        assertThat(paths.classify("promptfooconfig.yaml")).containsExactly(PathKind.EVAL);
        assertThat(paths.classify("evals/promptfooconfig.yml")).contains(PathKind.EVAL).doesNotContain(PathKind.PROMPT);
    }

    @Test
    void deployTrainingRiskAndOrdinaryPaths() {
        assertThat(paths.classify("deploy/rollout.yaml")).contains(PathKind.DEPLOY);
        assertThat(paths.classify("src/train.py")).contains(PathKind.TRAINING);
        assertThat(paths.classify("docs/governance/risk-assessment.md")).contains(PathKind.RISK_DOC);
        assertThat(paths.classify("src/util/strings.py")).isEmpty();
    }
}
