package dev.maturity.probes.git.paths;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MlPathsDefaultsTest {

    private final MlPaths paths = MlPaths.defaultPaths();

    @Test
    void evalScriptsAndSuitesAreEvalPaths() {
        assertThat(paths.is("pipelines/evaluate.py", PathKind.EVAL)).isTrue();
        assertThat(paths.is("evals/rag_eval.py", PathKind.EVAL)).isTrue();
        assertThat(paths.is("src/rag_eval.py", PathKind.EVAL)).isTrue();
        assertThat(paths.is("tests/test_answer_eval.py", PathKind.EVAL)).isTrue();
        assertThat(paths.is("web/answers.eval.ts", PathKind.EVAL)).isTrue();
    }

    @Test
    void retrievalCodeIsNotAnEvalPathJustBecauseItsNameContainsEval() {
        assertThat(paths.is("src/app/retrieval.py", PathKind.EVAL)).isFalse();
        assertThat(paths.is("retrieval.py", PathKind.EVAL)).isFalse();
    }

    @Test
    void documentsAboutPromptingAreNotPromptsButPromptMarkdownFilesAre() {
        assertThat(paths.is("docs/PROMPT_TEMPLATE_LANGUAGE.md", PathKind.PROMPT)).isFalse();
        assertThat(paths.is("app/review.prompt.md", PathKind.PROMPT)).isTrue();
        // a coding assistant's prompt files are the developers' tooling, not the workload's (calibration, NeverPrompt)
        assertThat(paths.is(".github/copilot/review.prompt.md", PathKind.PROMPT)).isFalse();
        assertThat(paths.is(".github/workflows/prompt-regression.yml", PathKind.PROMPT)).isFalse();
        assertThat(paths.is("prompts/system.md", PathKind.PROMPT)).isTrue();
        assertThat(paths.is("config/system_prompt.yaml", PathKind.PROMPT)).isTrue();
    }
}
