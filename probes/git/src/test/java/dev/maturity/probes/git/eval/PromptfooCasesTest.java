package dev.maturity.probes.git.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** promptfoo cases given as one file:// glob, kept in an eval suite's fixtures folder, run through a package runner. */
class PromptfooCasesTest {

    @TempDir
    Path dir;

    @Test
    void testsGivenAsOneGlobOverTheSuitesFixturesFolderAreItsCasesAndPnpmDlxRunsIt() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("evals/support/promptfooconfig.yaml", """
                            prompts: [file://../../prompts/support.txt]
                            providers: [openai:gpt-4o-mini]
                            tests: file://fixtures/*.yaml
                            """)
                    .file("prompts/support.txt", "You are a support assistant. {{question}}\n")
                    .file("evals/support/fixtures/refunds.yaml", "- vars: {question: refund}\n  assert: [{type: contains, value: refund}]\n"
                            + "- vars: {question: late refund}\n  assert: [{type: contains, value: refund}]\n")
                    .file("evals/support/fixtures/shipping.yaml", "- vars: {question: shipping}\n  assert: [{type: contains, value: days}]\n")
                    .file(".github/workflows/eval.yml", """
                            on: pull_request
                            jobs:
                              eval:
                                runs-on: ubuntu-latest
                                steps:
                                  - run: pnpm dlx promptfoo@latest eval -c evals/support/promptfooconfig.yaml
                            """)
                    .commit("suite");
        }
        Scanned s = Scanned.of(dir);
        Finding recorded = s.run(new EvalSuiteWithCasesProbe(), Track.LLM);
        assertThat(recorded.outcome()).isEqualTo(Outcome.MET);
        assertThat(recorded.summary()).isEqualTo("1 llm eval suite(s) with cases: promptfoo suite evals/support/promptfooconfig.yaml "
                + "(3 cases, with assertions)");
        Finding ci = s.run(new EvalSuiteInCiProbe(), Track.LLM);
        assertThat(ci.outcome()).isEqualTo(Outcome.MET);
        assertThat(ci.summary()).isEqualTo("evals/support/promptfooconfig.yaml run by .github/workflows/eval.yml#eval (pull_request)");
    }
}
