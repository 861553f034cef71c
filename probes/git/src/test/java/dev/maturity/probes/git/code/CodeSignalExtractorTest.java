package dev.maturity.probes.git.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.platforms.ClassicalProject;
import dev.maturity.fixtures.platforms.NotebookProject;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeSignalExtractorTest {

    @TempDir
    Path dir;

    @Test
    void trainingScriptShowsTrackerAndTrainingOnTheirFirstLines() {
        ClassicalProject.create(dir).close();
        Scanned s = Scanned.of(dir);
        assertThat(s.facts().of(CodeSignal.class)).filteredOn(c -> c.path().equals("src/train.py"))
                .extracting(CodeSignal::signal, CodeSignal::tool, CodeSignal::line)
                .containsExactlyInAnyOrder(
                        tuple(Signal.TRACKER, "mlflow", ClassicalProject.TRAIN_SET_EXPERIMENT_LINE),
                        tuple(Signal.CLASSICAL_TRAINING, "sklearn", ClassicalProject.TRAIN_FIT_LINE),
                        tuple(Signal.EVAL_METRICS, "mlflow", 27),
                        tuple(Signal.REGISTRY, "mlflow", 28),
                        tuple(Signal.EVAL_METRICS, "metrics-file", 32));
        CodeSignal tracker = s.facts().of(CodeSignal.class).stream()
                .filter(c -> c.signal() == Signal.TRACKER).findFirst().orElseThrow();
        assertThat(tracker.evidence().locator()).isEqualTo(s.at("src/train.py", 21, 21));
        assertThat(tracker.evidence().detail()).isEqualTo("tracker (mlflow): mlflow.set_experiment(\"churn\")");
    }

    @Test
    void everyRuleOfTheTableCompilesThoughEachIsCompiledOnlyWhenAFileNeedsIt() {
        assertThat(SignalRules.ALL).allSatisfy(r -> {
            assertThat(r.line()).as(r.tool()).isNotNull();
            assertThat(r.line()).as("compiled once").isSameAs(r.line());
            r.gate();
        });
        assertThat(SignalRules.ALL).filteredOn(r -> r.gate() != null).isNotEmpty();
    }

    @Test
    void importingSklearnWithoutFittingIsNotTraining() {
        ClassicalProject.create(dir).close();
        assertThat(Scanned.of(dir).facts().of(CodeSignal.class)).filteredOn(c -> c.path().equals("src/prepare.py")).isEmpty();
    }

    @Test
    void notebookCodeCellsAreReadWithTheirLineInTheJsonFile() {
        NotebookProject.create(dir).close();
        Scanned s = Scanned.of(dir);
        assertThat(s.facts().of(CodeSignal.class))
                .extracting(CodeSignal::path, CodeSignal::signal, CodeSignal::tool, CodeSignal::line)
                .containsExactly(tuple("train.ipynb", Signal.CLASSICAL_TRAINING, "sklearn", NotebookProject.NOTEBOOK_FIT_LINE));
    }

    @Test
    void markdownCellsAndCommentsAreNotCode() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("notes.ipynb", """
                    {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["import openai\\n"]}],
                     "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                    """)
                    .file("app.py", "# import openai\n# wandb.init()\nprint('hello')\n")
                    .commit("notes");
        }
        assertThat(Scanned.of(dir).facts().of(CodeSignal.class)).isEmpty();
    }

    @Test
    void vendoredDirectoriesAreSkipped() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("node_modules/openai/index.js", "import OpenAI from 'openai';\n")
                    .file(".venv/lib/python3.11/site-packages/wandb/x.py", "wandb.init()\n")
                    .file("app/chat.ts", "import Anthropic from \"@anthropic-ai/sdk\";\n")
                    .commit("app");
        }
        assertThat(Scanned.of(dir).facts().of(CodeSignal.class))
                .extracting(CodeSignal::path, CodeSignal::signal, CodeSignal::tool)
                .containsExactly(tuple("app/chat.ts", Signal.LLM_SDK, "anthropic"));
    }

    @Test
    void llmAppSignalsAcrossLanguages() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("rag/app.py", """
                    from openai import OpenAI
                    from opentelemetry import trace
                    import chromadb

                    client = OpenAI()
                    tracer = trace.get_tracer("support-bot")

                    def answer(q, feature):
                        with tracer.start_as_current_span("chat") as span:
                            r = client.chat.completions.create(model="gpt-4o-2024-08-06", messages=[{"role": "user", "content": q}])
                            span.set_attribute("gen_ai.usage.input_tokens", r.usage.prompt_tokens)
                            span.set_attribute("app.feature", feature)
                            return r
                    """)
                    .file("svc/Main.java", "package svc;\nimport dev.langchain4j.model.chat.ChatLanguageModel;\nclass Main {}\n")
                    .file("gw/main.go", "package main\n\nimport (\n\t\"github.com/openai/openai-go\"\n)\n")
                    .commit("rag");
        }
        assertThat(Scanned.of(dir).facts().of(CodeSignal.class))
                .extracting(CodeSignal::path, CodeSignal::signal, CodeSignal::tool, CodeSignal::line)
                .containsExactlyInAnyOrder(
                        tuple("rag/app.py", Signal.LLM_SDK, "openai", 1),
                        tuple("rag/app.py", Signal.RETRIEVAL, "chroma", 3),
                        tuple("rag/app.py", Signal.GENAI_TELEMETRY, "otel-genai", 11),
                        tuple("rag/app.py", Signal.COST_BY_FEATURE, "span-attribute", 12),
                        tuple("svc/Main.java", Signal.LLM_SDK, "langchain", 2),
                        tuple("gw/main.go", Signal.LLM_SDK, "openai", 4));
    }

    @Test
    void trackersAndChecksInJavaAndPython() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("jobs/src/main/java/acme/Train.java", """
                    package acme;

                    import org.mlflow.tracking.MlflowClient;

                    class Train {
                    }
                    """)
                    .file("checks/validate.py", """
                            import pandera as pa
                            from evidently.presets import DataDriftPreset
                            from fairlearn.metrics import MetricFrame
                            from langchain_openai import OpenAIEmbeddings

                            emb = OpenAIEmbeddings(model="text-embedding-3-small")
                            """)
                    .commit("checks");
        }
        assertThat(Scanned.of(dir).facts().of(CodeSignal.class))
                .extracting(CodeSignal::path, CodeSignal::signal, CodeSignal::tool, CodeSignal::line)
                .containsExactlyInAnyOrder(
                        tuple("jobs/src/main/java/acme/Train.java", Signal.TRACKER, "mlflow", 3),
                        tuple("checks/validate.py", Signal.DATA_QUALITY, "pandera", 1),
                        tuple("checks/validate.py", Signal.DRIFT, "evidently", 2),
                        tuple("checks/validate.py", Signal.FAIRNESS, "fairlearn", 3),
                        tuple("checks/validate.py", Signal.LLM_SDK, "langchain", 4),
                        tuple("checks/validate.py", Signal.RETRIEVAL, "embeddings-class", 6));
    }

    @Test
    void aValidNotebookWithRawControlCharactersInItsOutputsParses() {
        String nb = "{\"cells\": [\n"
                + " {\"cell_type\": \"code\", \"metadata\": {}, \"execution_count\": 1,\n"
                + "  \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\",\n"
                + "    \"text\": [\"epoch 1 \u009b[32mok\u009b[0m \u007f\u0085 \u2028 done\\n\"]}],\n"
                + "  \"source\": [\"from sklearn.ensemble import RandomForestClassifier\\n\",\n"
                + "             \"clf = RandomForestClassifier().fit(X, y)\"]}\n"
                + "],\n \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n";
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("train.ipynb", nb).commit("notebook with terminal colours in its output");
        }
        Scanned s = Scanned.of(dir);
        assertThat(s.facts().unreadable()).isEmpty();
        assertThat(s.facts().of(CodeSignal.class)).extracting(CodeSignal::path, CodeSignal::signal, CodeSignal::line)
                .containsExactly(tuple("train.ipynb", Signal.CLASSICAL_TRAINING, 6));
    }

    @Test
    void aBrokenNotebookIsUnreadableNotAnError() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("broken.ipynb", "{\"cells\": [\n  {\"cell_type\": \"code\",\n").commit("oops");
        }
        Scanned s = Scanned.of(dir);
        assertThat(s.facts().unreadable()).hasSize(1);
        assertThat(s.facts().unreadable().get(0).location().locator()).startsWith(s.at("broken.ipynb"));
    }
}
