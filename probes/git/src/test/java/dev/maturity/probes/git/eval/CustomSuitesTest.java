package dev.maturity.probes.git.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eval suites written as the team's own scripts, and the CI jobs that run them directly or through a pipeline. */
class CustomSuitesTest {

    @TempDir
    Path dir;

    @Test
    void anLlmEvalScriptWithGroundTruthNamedByItsConfigIsASuiteAndAPushWorkflowRunsIt() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("evals/evaluate.py", """
                    import json
                    from openai import OpenAI

                    def score(answer, truth):
                        return float(truth in answer)

                    def main():
                        config = json.load(open("evals/eval_config.json"))
                        print(config)

                    if __name__ == "__main__":
                        main()
                    """)
                    .file("evals/eval_config.json", "{\"testdata_path\": \"ground_truth.jsonl\", \"target_url\": \"http://localhost:8000/chat\"}\n")
                    .file("evals/ground_truth.jsonl", "{\"question\": \"q1\", \"truth\": \"a1\"}\n{\"question\": \"q2\", \"truth\": \"a2\"}\n")
                    .file("evals/results/baseline/eval_results.jsonl", "{\"score\": 1}\n{\"score\": 0}\n{\"score\": 1}\n")
                    .file(".github/workflows/evaluations.yaml", """
                            on:
                              push:
                                branches: [main]
                            jobs:
                              evaluate:
                                runs-on: ubuntu-latest
                                steps:
                                  - run: python evals/evaluate.py
                            """)
                    .commit("evals");
        }
        Scanned s = Scanned.of(dir);
        Finding recorded = s.run(new EvalSuiteWithCasesProbe(), Track.LLM);
        assertThat(recorded.outcome()).isEqualTo(Outcome.MET);
        assertThat(recorded.summary()).isEqualTo("1 llm eval suite(s) with cases: custom suite evals/evaluate.py (2 cases)");
        Finding ci = s.run(new EvalSuiteInCiProbe(), Track.LLM);
        assertThat(ci.outcome()).isEqualTo(Outcome.MET);
        assertThat(ci.summary()).isEqualTo("evals/evaluate.py run by .github/workflows/evaluations.yaml#evaluate (push)");
        assertThat(ci.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(s.at("evals/evaluate.py", 7, 11),
                s.at(".github/workflows/evaluations.yaml", 5, 8));
    }

    @Test
    void aClassicalEvaluationStepOfAPipelineThatCiRunsIsARegressionSuiteInCi() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("pipeline/train_pipeline.py", "from zenml import pipeline\nfrom steps.evaluate import evaluate\n\n@pipeline\n"
                            + "def train_pipeline():\n    evaluate()\n")
                    .file("steps/evaluate.py", """
                            import pandas as pd
                            from sklearn.metrics import f1_score

                            # slices named after the llm terms in project titles
                            def evaluate():
                                holdout = pd.read_csv(HOLDOUT)
                                return f1_score(holdout.y, holdout.pred)
                            """)
                    .file("run.py", "from pipeline.train_pipeline import train_pipeline\n\ntrain_pipeline()\n")
                    .file(".github/workflows/train.yml", """
                            on: pull_request
                            jobs:
                              train:
                                runs-on: ubuntu-latest
                                steps:
                                  - run: python run.py
                            """)
                    .commit("pipeline");
        }
        Scanned s = Scanned.of(dir);
        Finding ci = s.run(new EvalSuiteInCiProbe(), Track.CLASSICAL);
        assertThat(ci.outcome()).isEqualTo(Outcome.MET);
        assertThat(ci.summary()).isEqualTo("steps/evaluate.py run by .github/workflows/train.yml#train (pull_request)");
        assertThat(s.run(new EvalSuiteWithCasesProbe(), Track.LLM).outcome()).isNotEqualTo(Outcome.MET);
    }

    @Test
    void anEvalScriptWithoutCasesIsNotASuite() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("evals/judge_eval.py", "from openai import OpenAI\n\ndef main():\n    print(\"score\")\n\nif __name__ == \"__main__\":\n    main()\n")
                    .commit("stub");
        }
        Finding f = Scanned.of(dir).run(new EvalSuiteWithCasesProbe(), Track.LLM);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void anOrchestratorEvaluationStepHandingTheHoldoutToTheProjectsMetricsModuleIsAClassicalSuite() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("src/model_evaluation.py", """
                            from sklearn.metrics import mean_squared_error, r2_score

                            class RegressionEvaluation:
                                def model_evaluate(self, model, X_test, y_test):
                                    pred = model.predict(X_test)
                                    return {"mse": mean_squared_error(y_test, pred), "r2": r2_score(y_test, pred)}
                            """)
                    .file("steps/model_evaluation_step.py", """
                            from src.model_evaluation import RegressionEvaluation
                            from zenml import step

                            @step(enable_cache=False)
                            def model_evaluation_step(trained_model, X_test, y_test) -> dict:
                                evaluator = RegressionEvaluation()
                                return evaluator.model_evaluate(trained_model, X_test, y_test)
                            """)
                    .file("steps/helpers.py", "from src.model_evaluation import RegressionEvaluation\n")
                    .commit("pipeline");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new EvalSuiteWithCasesProbe(), Track.CLASSICAL);
        assertThat(f.summary()).isEqualTo("1 classical eval suite(s) with cases: evaluation-step suite steps/model_evaluation_step.py "
                + "(cases from a remote dataset)");
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.at("steps/model_evaluation_step.py", 4, 4));
    }

    @Test
    void aStepThatImportsNoMetricsModuleIsNoEvaluation() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("src/loader.py", "import pandas as pd\n")
                    .file("steps/evaluation_step.py", "from src.loader import pd\nfrom zenml import step\n\n@step\n"
                            + "def evaluation_step(X_test):\n    evaluated = {\"metric\": len(X_test)}\n    return evaluated\n")
                    .commit("stub");
        }
        Finding f = Scanned.of(dir).run(new EvalSuiteWithCasesProbe(), Track.CLASSICAL);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
    }
}
