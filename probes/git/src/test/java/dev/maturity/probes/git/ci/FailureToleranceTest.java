package dev.maturity.probes.git.ci;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureToleranceTest {

    @Test
    void swallowedLinesDoNotFailTheStep() {
        String script = """
                pip install -r requirements.txt
                pytest tests/ || true
                flake8 src || echo "lint failed"
                mypy src; exit 0
                promptfoo eval -c promptfooconfig.yaml
                """;
        assertThat(FailureTolerance.failing(script).lines().toList())
                .containsExactly("pip install -r requirements.txt", "promptfoo eval -c promptfooconfig.yaml");
    }

    @Test
    void linesUnderSetPlusEReportWithoutFailingUntilSetMinusE() {
        String script = "set +e\npytest tests/\nset -e\npython train.py\n";
        assertThat(FailureTolerance.failing(script).lines().toList()).containsExactly("python train.py");
    }

    @Test
    void nothingAfterAnUnconditionalExitRuns() {
        assertThat(FailureTolerance.live("echo skipping tests\nexit 0\npytest tests/\n").lines().toList())
                .containsExactly("echo skipping tests");
    }

    @Test
    void anExitInsideAConditionDoesNotEndTheScript() {
        String script = """
                if [ "$BRANCH_NAME" != "main" ]; then
                  exit 0
                fi
                [ -z "$SKIP" ] || exit 0
                docker push image:latest
                """;
        assertThat(FailureTolerance.live(script)).contains("docker push image:latest");
    }

    @Test
    void aFailingExitIsNotSwallowed() {
        assertThat(FailureTolerance.failing("pytest -x || exit 1\n")).contains("pytest -x || exit 1");
    }
}
