package dev.maturity.probes.git.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.GitFacts;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.GithubWorkflowExtractor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandWiringTest {

    @TempDir
    Path dir;

    private GitRepoBuilder repo;

    @BeforeEach
    void platform() {
        repo = GitRepoBuilder.init(dir.resolve("churn"));
        repo.file("src/churn/__init__.py", "")
                .file("src/churn/train.py", "import mlflow\nfrom churn.features import build\nfrom . import metrics\n")
                .file("src/churn/features.py", "import pandas as pd\nfrom .quality import check\n")
                .file("src/churn/quality.py", "import great_expectations as gx\n")
                .file("src/churn/metrics.py", "from sklearn.metrics import f1_score\n")
                .file("src/churn/unused.py", "import os\n")
                .file("pipelines/evaluate.py", "import mlflow\n")
                .file("dvc.yaml", "stages:\n  train:\n    cmd: python -m churn.train --params params.yaml\n    wdir: src\n"
                        + "  evaluate:\n    cmd:\n      - python ../pipelines/evaluate.py\n    wdir: src\n")
                .file("params.yaml", "alpha: 0.1\n")
                .file("MLproject", "name: churn\nentry_points:\n  main:\n    command: \"python pipelines/evaluate.py --alpha {alpha}\"\n"
                        + "  train:\n    command: \"python -m churn.train\"\n")
                .file("Makefile", "VENV := .venv\n\n.PHONY: test eval\n\ntest:\n\tpytest tests/unit\n\neval:\n\t@python pipelines/evaluate.py\n")
                .file("tests/unit/test_features.py", "def test_build():\n    assert True\n")
                .file("tests/unit/conftest.py", "")
                .file("tests/integration/test_api.py", "def test_api():\n    assert True\n")
                .file("evals/registry/evals/support.yaml", "support:\n  id: support.dev.v0\nsupport.dev.v0:\n  class: evals.elsuite.basic.match:Match\n")
                .file("app/run.sh", "#!/bin/sh\n");
    }

    private List<String> runs(String run) {
        repo.file(".github/workflows/ci.yml", "on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
                + run.lines().map(l -> "          " + l + "\n").reduce("", String::concat));
        repo.commit("ci");
        Facts facts = GitFacts.collect(dir.resolve("churn"), new GithubWorkflowExtractor());
        return facts.of(CiJob.class).get(0).runs();
    }

    @Test
    void aPythonModuleRunsItsFileAndEveryRepositoryModuleItImports() {
        assertThat(runs("PYTHONPATH=src python -m churn.train")).containsExactlyInAnyOrder(
                "src/churn/train.py", "src/churn/features.py", "src/churn/quality.py", "src/churn/metrics.py");
    }

    @Test
    void dvcReproRunsTheScriptsOfItsStages() {
        assertThat(runs("pip install dvc\ndvc repro")).contains("dvc.yaml", "src/churn/train.py", "src/churn/quality.py",
                "pipelines/evaluate.py", "params.yaml").doesNotContain("src/churn/unused.py");
    }

    @Test
    void dvcReproOfOneStageRunsOnlyThatStage() {
        assertThat(runs("dvc repro evaluate")).containsExactlyInAnyOrder("dvc.yaml", "pipelines/evaluate.py");
    }

    @Test
    void mlflowRunRunsTheEntryPointCommand() {
        assertThat(runs("mlflow run . -e train --env-manager local")).contains("MLproject", "src/churn/train.py");
        assertThat(runs("mlflow run .")).containsExactlyInAnyOrder("MLproject", "pipelines/evaluate.py");
    }

    @Test
    void pytestWithADirectoryRunsTheTestsUnderIt() {
        assertThat(runs("python -m pytest -q tests/unit")).containsExactlyInAnyOrder("tests/unit/test_features.py", "tests/unit/conftest.py");
        assertThat(runs("pytest")).contains("tests/unit/test_features.py", "tests/integration/test_api.py");
    }

    @Test
    void makeRunsTheTargetRecipe() {
        assertThat(runs("make eval")).containsExactly("pipelines/evaluate.py");
        assertThat(runs("make test")).contains("tests/unit/test_features.py").doesNotContain("tests/integration/test_api.py");
    }

    @Test
    void npmRunsTheScriptOfPackageJson() {
        repo.file("web/package.json", "{\"name\": \"web\", \"scripts\": {\"eval\": \"promptfoo eval -c evals/promptfooconfig.yaml\"}}")
                .file("web/evals/promptfooconfig.yaml", "prompts: [p]\n");
        assertThat(runs("cd web\nnpm ci\nnpm run eval")).containsExactly("web/evals/promptfooconfig.yaml");
    }

    @Test
    void cdChangesTheDirectoryForTheFollowingCommands() {
        assertThat(runs("cd app && ./run.sh")).containsExactly("app/run.sh");
    }

    @Test
    void filesThatACommandOnlyCopiesShowsOrInstallsAreNotRun() {
        assertThat(runs("git checkout HEAD~1 -- dvc.yaml\ncat params.yaml\npip install -r params.yaml\ncp dvc.yaml /tmp/")).isEmpty();
        assertThat(runs("bash app/run.sh params.yaml")).containsExactly("app/run.sh", "params.yaml");
    }

    @Test
    void aShellScriptRunsWhatItsLinesRun() {
        repo.file("deploy/jobs/workloads.sh", "#!/bin/bash\nexport PYTHONPATH=$PWD\npytest tests/unit --verbose > results.txt\n"
                + "python pipelines/evaluate.py --run-id $RUN_ID\n")
                .file("scripts/ci", "#!/usr/bin/env bash\nset -e\nmake eval\n");
        assertThat(runs("bash deploy/jobs/workloads.sh")).containsExactlyInAnyOrder("deploy/jobs/workloads.sh",
                "tests/unit/test_features.py", "tests/unit/conftest.py", "pipelines/evaluate.py");
        assertThat(runs("./scripts/ci")).containsExactlyInAnyOrder("scripts/ci", "pipelines/evaluate.py");
        assertThat(runs("sh -c \"python pipelines/evaluate.py\"")).containsExactly("pipelines/evaluate.py");
    }

    @Test
    void aJobSpecificationSubmittedToARunnerRunsItsEntrypoint() {
        repo.file("deploy/jobs/workloads.yaml", "name: workloads\nruntime_env:\n  working_dir: .\nentrypoint: python pipelines/evaluate.py\n");
        assertThat(runs("anyscale jobs submit deploy/jobs/workloads.yaml --wait")).containsExactlyInAnyOrder(
                "deploy/jobs/workloads.yaml", "pipelines/evaluate.py");
        assertThat(runs("ray job submit --working-dir . -- python -m churn.train")).contains("src/churn/train.py");
    }

    @Test
    void miseAndGoTaskRunTheirTasksAndWhatTheTasksDependOn() {
        repo.file("mise.toml", "[env]\nA = \"1\"\n\n[tasks.test]\nalias = \"t\"\nrun = \"uv run pytest tests/unit\"\n\n"
                + "[tasks.\"check:all\"]\ndepends = [\"test\"]\nrun = [\n  \"echo done\",\n  \"python pipelines/evaluate.py\",\n]\n")
                .file("Taskfile.yml", "version: '3'\ntasks:\n  eval:\n    deps: [train]\n    cmds:\n      - python pipelines/evaluate.py\n"
                        + "  train:\n    cmds:\n      - task: lint\n      - python -m churn.train\n  lint: ruff check .\n");
        assertThat(runs("mise run test")).containsExactlyInAnyOrder("tests/unit/test_features.py", "tests/unit/conftest.py");
        assertThat(runs("mise run check:all")).containsExactlyInAnyOrder("tests/unit/test_features.py", "tests/unit/conftest.py",
                "pipelines/evaluate.py");
        assertThat(runs("task eval")).contains("pipelines/evaluate.py", "src/churn/train.py");
    }

    @Test
    void promptfooThroughAPackageRunnerRunsItsConfig() {
        repo.file("promptfooconfig.yaml", "prompts: [p]\n");
        assertThat(runs("pnpm dlx promptfoo@latest eval")).containsExactly("promptfooconfig.yaml");
        assertThat(runs("yarn dlx promptfoo eval")).containsExactly("promptfooconfig.yaml");
        assertThat(runs("bunx promptfoo eval")).containsExactly("promptfooconfig.yaml");
        assertThat(runs("npm exec -- promptfoo eval")).containsExactly("promptfooconfig.yaml");
    }

    @Test
    void filesThatALinterOrFormatterOnlyReadsAreNotRun() {
        assertThat(runs("black src/churn/train.py\nflake8 --exit-zero src/churn/train.py\nmypy pipelines/evaluate.py\nruff check src")).isEmpty();
    }

    @Test
    void oaievalRunsTheRegistryEntryOfTheEval() {
        assertThat(runs("oaieval gpt-4o-mini support")).containsExactly("evals/registry/evals/support.yaml");
    }

    @Test
    void pipelineStagesAreFactsWithTheFilesTheyRun() {
        repo.commit("pipeline");
        Facts facts = GitFacts.collect(dir.resolve("churn"), new PipelineStageExtractor());
        assertThat(facts.of(PipelineStage.class)).extracting(PipelineStage::label).containsExactlyInAnyOrder(
                "dvc.yaml#train (dvc stage)", "dvc.yaml#evaluate (dvc stage)", "MLproject#main (mlproject stage)",
                "MLproject#train (mlproject stage)");
        PipelineStage train = facts.of(PipelineStage.class).stream().filter(s -> s.label().startsWith("dvc.yaml#train")).findFirst().orElseThrow();
        assertThat(train.runs()).contains("src/churn/train.py", "src/churn/quality.py");
        assertThat(train.evidence().locator()).endsWith(":dvc.yaml#L2-L4");
    }
}
