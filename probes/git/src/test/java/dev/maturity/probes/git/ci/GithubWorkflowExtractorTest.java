package dev.maturity.probes.git.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Strength;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.GitFacts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubWorkflowExtractorTest {

    @TempDir
    Path dir;

    private Facts scan(String... pathsAndContents) {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir.resolve("app"))) {
            repo.files(pathsAndContents);
            repo.commit("workflows");
        }
        return GitFacts.collect(dir.resolve("app"), new GithubWorkflowExtractor());
    }

    private static CiJob job(Facts facts, String id) {
        return facts.of(CiJob.class).stream().filter(j -> j.job().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void onAsAStringAListOrAMapGivesTheSameTriggers() {
        Facts facts = scan(
                ".github/workflows/a.yml", "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n",
                ".github/workflows/b.yaml", "on: [push, workflow_dispatch]\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n",
                ".github/workflows/c.yml", """
                        on:
                          release:
                            types: [published]
                          schedule:
                            - cron: "17 3 * * 1"
                          workflow_call: {}
                        jobs:
                          c:
                            runs-on: ubuntu-latest
                            steps:
                              - run: make
                        """);
        assertThat(job(facts, "a").triggers()).containsExactly(Trigger.PULL_REQUEST);
        assertThat(job(facts, "b").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.TAG, Trigger.MANUAL);
        assertThat(job(facts, "c").triggers()).containsExactlyInAnyOrder(Trigger.RELEASE, Trigger.SCHEDULE, Trigger.OTHER);
    }

    @Test
    void aPushFilteredToTagsFiresOnTagsOnly() {
        Facts facts = scan(".github/workflows/release.yml", """
                on:
                  push:
                    tags: ["v*"]
                jobs:
                  publish:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make publish
                """, ".github/workflows/main.yml", """
                on:
                  push:
                    branches: [main]
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """);
        assertThat(job(facts, "publish").triggers()).containsExactly(Trigger.TAG);
        assertThat(job(facts, "build").triggers()).containsExactly(Trigger.PUSH);
    }

    @Test
    void jobsCarryNeedsMultiLineRunsActionsAndEnvironmentWithTheirLines() {
        Facts facts = scan(".github/workflows/deploy.yml", """
                name: deploy
                on:
                  push:
                    branches: [main]
                jobs:
                  eval:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: promptfoo/promptfoo-action@v1
                        with:
                          config: promptfooconfig.yaml
                          openai-api-key: sk-not-a-real-key
                      - run: |
                          pip install -r requirements.txt
                          python -m pytest tests/
                  deploy:
                    needs: [eval]
                    environment:
                      name: production
                      url: https://example.com
                    runs-on: ubuntu-latest
                    steps:
                      - run: helm upgrade --install app charts/app
                """, "promptfooconfig.yaml", "prompts: [p]\nproviders: [openai:gpt-4o]\ntests: []\n");
        CiJob eval = job(facts, "eval");
        assertThat(eval.commands()).containsExactly(
                "uses: promptfoo/promptfoo-action@v1 with config=promptfooconfig.yaml openai-api-key=***",
                "pip install -r requirements.txt\npython -m pytest tests/");
        assertThat(eval.runs()).contains("promptfooconfig.yaml");
        assertThat(eval.workflow()).isEqualTo("deploy");
        assertThat(eval.evidence().strength()).isEqualTo(Strength.WIRED);
        assertThat(eval.evidence().locator()).endsWith(":.github/workflows/deploy.yml#L6-L15");
        CiJob deploy = job(facts, "deploy");
        assertThat(deploy.needs()).containsExactly("eval");
        assertThat(deploy.environment()).isEqualTo("production");
        assertThat(DeployJobs.deploys(deploy)).isTrue();
        assertThat(DeployJobs.deploys(eval)).isFalse();
    }

    @Test
    void aJobThatOnlyTalksAboutDeployingDoesNotDeploy() {
        CiJob talk = new CiJob("r", "github", "f", "w", "notes", java.util.Set.of(Trigger.PUSH), java.util.List.of(),
                java.util.List.of("echo \"deploy happens in the release workflow\"\nmake docs"), null, null);
        assertThat(DeployJobs.deploys(talk)).isFalse();
    }

    @Test
    void aJobConditionOnTheEventNarrowsTheWorkflowTriggers() {
        Facts facts = scan(".github/workflows/nightly.yml", """
                on:
                  pull_request:
                  schedule:
                    - cron: "0 2 * * *"
                jobs:
                  redteam:
                    if: github.event_name == 'schedule'
                    runs-on: ubuntu-latest
                    steps:
                      - run: npx promptfoo@latest redteam run
                  lint:
                    runs-on: ubuntu-latest
                    needs: redteam
                    steps:
                      - run: ruff check .
                """);
        assertThat(job(facts, "redteam").triggers()).containsExactly(Trigger.SCHEDULE);
        assertThat(job(facts, "lint").triggers()).containsExactlyInAnyOrder(Trigger.PULL_REQUEST, Trigger.SCHEDULE);
        assertThat(job(facts, "lint").needs()).containsExactly("redteam");
    }

    @Test
    void aJobExcludingAnEventDoesNotRunOnIt() {
        Facts facts = scan(".github/workflows/eval.yml", """
                on:
                  pull_request:
                    paths: ["prompts/**", "evals/**"]
                  workflow_dispatch:
                jobs:
                  eval:
                    if: github.event_name != 'pull_request'
                    runs-on: ubuntu-latest
                    steps:
                      - run: make eval
                """);
        CiJob eval = job(facts, "eval");
        assertThat(eval.triggers()).containsExactly(Trigger.MANUAL);
        assertThat(eval.evidence().detail()).isEqualTo("GitHub Actions job 'eval' on manual (only when prompts/**, evals/** change)");
    }

    @Test
    void aReusableWorkflowRunsWhenItsCallersRun() {
        Facts facts = scan(".github/workflows/pr.yml", """
                on: pull_request
                jobs:
                  call-eval:
                    uses: ./.github/workflows/eval.yml
                    secrets: inherit
                """, ".github/workflows/eval.yml", """
                on: workflow_call
                jobs:
                  eval:
                    runs-on: ubuntu-latest
                    steps:
                      - run: deepeval test run tests/test_llm.py
                """, "tests/test_llm.py", "from deepeval import assert_test\n");
        CiJob eval = job(facts, "eval");
        assertThat(eval.triggers()).containsExactlyInAnyOrder(Trigger.PULL_REQUEST, Trigger.OTHER);
        assertThat(eval.runs()).containsExactly("tests/test_llm.py");
        assertThat(job(facts, "call-eval").runs()).containsExactly(".github/workflows/eval.yml");
    }

    @Test
    void aLocalCompositeActionRunsItsStepsInTheJob() {
        Facts facts = scan(".github/workflows/pr.yml", """
                on: pull_request
                jobs:
                  eval:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - uses: ./.github/actions/run-evals
                        with:
                          suite: evals/promptfooconfig.yaml
                """, ".github/actions/run-evals/action.yml", """
                name: run evals
                inputs:
                  suite:
                    required: true
                runs:
                  using: composite
                  steps:
                    - shell: bash
                      run: npx promptfoo@latest eval -c ${{ inputs.suite }}
                    - shell: bash
                      run: python scripts/summarise.py
                """, "evals/promptfooconfig.yaml", "prompts: [p]\nproviders: [openai:gpt-4o]\ntests: []\n",
                "scripts/summarise.py", "import json\n");
        CiJob eval = job(facts, "eval");
        assertThat(eval.runs()).containsExactlyInAnyOrder(".github/actions/run-evals/action.yml", "evals/promptfooconfig.yaml",
                "scripts/summarise.py");
        assertThat(eval.commands()).contains("npx promptfoo@latest eval -c ${{ inputs.suite }}");
    }

    @Test
    void aRunLineUsingAMatrixValueRunsEveryValue() {
        Facts facts = scan(".github/workflows/pr.yml", """
                on: pull_request
                jobs:
                  eval:
                    strategy:
                      matrix:
                        suite: [evals/support.yaml, evals/billing.yaml]
                    runs-on: ubuntu-latest
                    steps:
                      - run: npx promptfoo eval -c ${{ matrix.suite }}
                """, "evals/support.yaml", "prompts: [p]\n", "evals/billing.yaml", "prompts: [p]\n");
        assertThat(job(facts, "eval").runs()).containsExactly("evals/support.yaml", "evals/billing.yaml");
    }

    @Test
    void continueOnErrorMeansTheJobMayFail() {
        Facts facts = scan(".github/workflows/a.yml", """
                on: push
                jobs:
                  flaky:
                    runs-on: ubuntu-latest
                    continue-on-error: true
                    steps:
                      - run: make eval
                """);
        assertThat(job(facts, "flaky").mayFail()).isTrue();
    }

    @Test
    void malformedYamlIsReportedUnreadableWithItsLineAndTheScanGoesOn() {
        Facts facts = scan(".github/workflows/broken.yml", "on: push\njobs:\n  a:\n    steps: [\n      - run: x\n",
                ".github/workflows/ok.yml", "on: push\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n");
        assertThat(facts.of(CiJob.class)).extracting(CiJob::job).containsExactly("ok");
        assertThat(facts.unreadable()).hasSize(1);
        assertThat(facts.unreadable().get(0).location().locator()).contains(":.github/workflows/broken.yml#L");
    }

    @Test
    void workflowsOutsideTheWorkflowsDirectoryAreNotJobs() {
        Facts facts = scan(".github/dependabot.yml", "version: 2\nupdates: []\n",
                ".github/workflows/sub/x.yml", "on: push\njobs:\n  x:\n    steps:\n      - run: make\n");
        assertThat(facts.of(CiJob.class)).isEmpty();
    }
}
