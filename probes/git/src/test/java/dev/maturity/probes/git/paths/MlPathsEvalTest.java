package dev.maturity.probes.git.paths;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MlPathsEvalTest {

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
}
