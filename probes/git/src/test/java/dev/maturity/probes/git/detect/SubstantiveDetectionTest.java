package dev.maturity.probes.git.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A track applies on substantive evidence, not on a tutorial notebook's call, a test harness or a tracker alone. */
class SubstantiveDetectionTest {

    @TempDir
    Path dir;

    private final ClassicalWorkloadProbe classical = new ClassicalWorkloadProbe();
    private final LlmWorkloadProbe llm = new LlmWorkloadProbe();

    /** A notebook whose one code cell holds {@code lines}; the n-th line (from 0) sits on JSON line 3 + n. */
    static String notebook(String... lines) {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            src.append("    \"").append(lines[i].replace("\"", "\\\"")).append(i + 1 < lines.length ? "\\n\",\n" : "\"\n");
        }
        return "{\"cells\": [{\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], \"execution_count\": 1,\n"
                + "  \"source\": [\n" + src + "  ]}],\n \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n";
    }

    @Test
    void oneFitInATutorialNotebookOfAnLlmCookbookIsNoClassicalWorkload() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("embeddings/classify.ipynb", notebook("from sklearn.linear_model import LogisticRegression",
                            "clf = LogisticRegression().fit(train_x, train_y)"))
                    .file("rag/basic.ipynb", notebook("from mistralai import Mistral", "client = Mistral(api_key=key)"))
                    .file("agents/travel.ipynb", notebook("from mistralai import Mistral", "client = Mistral(api_key=key)"))
                    .file("ocr/invoices.ipynb", notebook("from mistralai import Mistral", "client = Mistral(api_key=key)"))
                    .file("moderation/filter.ipynb", notebook("from mistralai import Mistral", "client = Mistral(api_key=key)"))
                    .commit("cookbook");
        }
        Scanned s = Scanned.of(dir);
        Finding c = s.run(classical);
        assertThat(c.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(c.summary()).isEqualTo("no training code or pipeline definitions (training only in 1 of 5 notebook(s)"
                + " showing a workload (less than 25%): embeddings/classify.ipynb)");
        assertThat(c.evidence()).extracting(Evidence::locator).containsExactly(s.tree(), s.at("embeddings/classify.ipynb", 4, 4));
        Finding l = s.run(llm);
        assertThat(l.outcome()).isEqualTo(Outcome.MET);
        assertThat(l.summary()).isEqualTo("LLM SDK use(s) in 4 notebook(s), no other workload in the code");
    }

    @Test
    void aNotebookOnlyProjectIsAWorkload() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("music.ipynb", notebook("import torch", "loss.backward()", "optimizer.step()")).commit("genre classifier");
        }
        Scanned s = Scanned.of(dir);
        Finding c = s.run(classical);
        assertThat(c.outcome()).isEqualTo(Outcome.MET);
        assertThat(c.summary()).isEqualTo("training signal(s) in 1 notebook(s), no other workload in the code");
        assertThat(c.evidence()).extracting(Evidence::locator).containsExactly(s.at("music.ipynb", 5, 5));
    }

    @Test
    void anLlmBenchmarkNotebookInAClassicalProjectIsExploration() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("madewithml/train.py", "import torch\n\ndef step(optimizer):\n    optimizer.step()\n")
                    .file("notebooks/benchmarks.ipynb", notebook("import openai", "openai.ChatCompletion.create(model=m, messages=msgs)"))
                    .commit("classifier with an LLM benchmark");
        }
        Scanned s = Scanned.of(dir);
        assertThat(s.run(classical).outcome()).isEqualTo(Outcome.MET);
        Finding l = s.run(llm);
        assertThat(l.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(l.summary()).isEqualTo("no LLM SDK use, prompt files or LLM gateway config (LLM calls only in notebook(s)"
                + " notebooks/benchmarks.ipynb of a repository whose code is a classical workload: exploration, not a workload)");
        assertThat(l.evidence()).extracting(Evidence::locator).containsExactly(s.tree(), s.at("notebooks/benchmarks.ipynb", 3, 3));
    }

    @Test
    void anIntegrationTestHarnessTrainsNoWorkload() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("tests/trainer_test.py", "import torch\n\ndef test_trainer(optimizer):\n    optimizer.step()\n")
                    .file("apps/trainer/kustomization.yaml", "resources: [trainer.yaml]\n")
                    .commit("platform installer");
        }
        Scanned s = Scanned.of(dir);
        Finding c = s.run(classical);
        assertThat(c.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(c.summary()).isEqualTo("no training code or pipeline definitions (training only in test code: tests/trainer_test.py)");
        assertThat(c.evidence()).extracting(Evidence::locator).containsExactly(s.tree());
    }

    @Test
    void trackerCallsInDataIngestionOfAnLlmAppAreNoClassicalWorkload() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("src/bot/ingestion/prepare.py", "import wandb\n\nrun = wandb.init(project=p, job_type=\"data_ingestion\")\n")
                    .file("src/bot/chat.py", "from openai import AsyncOpenAI\n\nclient = AsyncOpenAI()\n")
                    .commit("docs bot");
        }
        Scanned s = Scanned.of(dir);
        Finding c = s.run(classical);
        assertThat(c.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(c.summary()).isEqualTo("no training code or pipeline definitions (1 experiment tracker call(s) outside training code)");
        assertThat(c.evidence()).extracting(Evidence::locator).containsExactly(s.tree(), s.at("src/bot/ingestion/prepare.py", 3, 3));
        assertThat(s.run(llm).evidence()).extracting(Evidence::locator).containsExactly(s.at("src/bot/chat.py", 1, 1));
    }

    @Test
    void trackerCallsInTrainingCodeAreTraining() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("jobs/train.py", "import mlflow\n\nmlflow.autolog()\n").commit("autologged training");
        }
        Scanned s = Scanned.of(dir);
        Finding c = s.run(classical);
        assertThat(c.outcome()).isEqualTo(Outcome.MET);
        assertThat(c.evidence()).extracting(Evidence::locator).containsExactly(s.at("jobs/train.py", 3, 3));
    }

    @Test
    void openAiCompatibleHttpCallsAreAnLlmWorkload() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("app/review.py", """
                    import os
                    import httpx

                    BASE = os.environ.get("LLM_PROXY", "http://litellm:4000")

                    def review(diff):
                        r = httpx.post(f"{BASE}/v1/chat/completions", json={"model": "gpt-4o", "messages": diff})
                        return r.json()
                    """)
                    .file("web/src/api.ts", """
                            export async function complete(endpoint: string, body: object) {
                              return fetch(`${endpoint}/chat/completions`, {method: 'POST', body: JSON.stringify(body)});
                            }
                            """)
                    .file("docs/endpoints.py", "PATHS = ['/v1/chat/completions']  # documented, never called\n")
                    .commit("plain HTTP to an OpenAI-compatible proxy");
        }
        Scanned s = Scanned.of(dir);
        Finding l = s.run(llm);
        assertThat(l.outcome()).isEqualTo(Outcome.MET);
        assertThat(l.evidence()).extracting(Evidence::locator, Evidence::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(s.at("app/review.py", 7, 7), "llm_sdk (openai-compatible-http): r = httpx.post("
                        + "f\"{BASE}/v1/chat/completions\", json={\"model\": \"gpt-4o\", \"messages\": diff})"),
                org.assertj.core.groups.Tuple.tuple(s.at("web/src/api.ts", 2, 2), "llm_sdk (openai-compatible-http): return fetch("
                        + "`${endpoint}/chat/completions`, {method: 'POST', body: JSON.stringify(body)});"));
    }

    @Test
    void managedTrainingJobsMakefileTrainingAndTritonConfigsAreClassicalWorkloads() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("model/run_pipeline.py", """
                    import sagemaker
                    from stepfunctions import steps

                    def training_step(image, role, output):
                        xgb = sagemaker.estimator.Estimator(image, role, instance_count=1, output_path=output)
                        return steps.TrainingStep("Training", estimator=xgb, data={"train": "s3://bucket/train"})
                    """)
                    .file("Makefile", """
                            models/enwiki.damaging.model: datasets/enwiki.labeled.json
                            \trevscoring cv_train \\
                            \t\trevscoring.scoring.models.GradientBoosting \\
                            \t\t--version=0.5.1 > $@
                            """)
                    .file("models/triton/nutriscore/config.pbtxt", """
                            backend: "onnxruntime"
                            max_batch_size: 8
                            input [
                              { name: "images" data_type: TYPE_FP32 dims: [ 3, 640, 640 ] }
                            ]
                            output [
                              { name: "output0" data_type: TYPE_FP32 dims: [ 9, 8400 ] }
                            ]
                            """)
                    .file("src/raw_schema/schema.pbtxt", "feature {\n  name: \"trip_miles\"\n  type: FLOAT\n}\n")
                    .commit("three ways to train or serve");
        }
        Scanned s = Scanned.of(dir);
        Finding c = s.run(classical);
        assertThat(c.outcome()).isEqualTo(Outcome.MET);
        assertThat(c.evidence()).extracting(Evidence::locator, Evidence::detail).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(s.at("Makefile", 2, 2), "classical_training (revscoring): revscoring cv_train \\"),
                org.assertj.core.groups.Tuple.tuple(s.at("model/run_pipeline.py", 5, 5),
                        "classical_training (sagemaker): xgb = sagemaker.estimator.Estimator(image, role, instance_count=1, output_path=output)"),
                org.assertj.core.groups.Tuple.tuple(s.at("models/triton/nutriscore/config.pbtxt", 1, 1),
                        "Triton model config, backend onnxruntime"));
    }

    @Test
    void codingAssistantConfigsAreNoLlmWorkload() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("AGENTS.md", "# Agents\n\nYou are a careful Go reviewer. Run `make test` before answering.\n")
                    .file(".github/prompts/release.prompt.md", "---\nmode: agent\n---\nYou are the release assistant. Draft the notes.\n")
                    .file(".cursor/rules/style.mdc", "You are an expert in Go. Always wrap errors.\n")
                    .file(".claude/hooks/notify.py", "import anthropic\n\nanthropic.Anthropic()\n")
                    .file(".gemini/config.yaml", "code_review:\n  instructions: You are a reviewer of this repository, be brief and kind.\n")
                    .file(".golangci.yml", """
                            linters:
                              settings:
                                goheader:
                                  template: |-
                                    SPDX-FileCopyrightText: Copyright The Authors. All rights reserved.
                            """)
                    .file(".github/workflows/prompt-regression.yml", "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps: [{run: echo}]\n")
                    .file("main.go", "package main\n\nfunc main() {}\n")
                    .commit("a Go service written with coding assistants");
        }
        Scanned s = Scanned.of(dir);
        Finding l = s.run(llm);
        assertThat(l.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(l.summary()).isEqualTo("no LLM SDK use, prompt files or LLM gateway config");
        assertThat(s.facts().of(dev.maturity.probes.git.prompts.PromptFile.class)).isEmpty();
    }
}
