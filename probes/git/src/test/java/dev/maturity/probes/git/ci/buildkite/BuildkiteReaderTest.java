package dev.maturity.probes.git.ci.buildkite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.ci.CiFixture;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildkiteReaderTest {

    private static final String PIPELINE = """
            env:
              PYTHON_VERSION: "3.12"

            steps:
              - label: ":python: unit tests"
                key: unit
                command: pytest -q tests/
                plugins:
                  - docker#v5.11.0:
                      image: python:3.12
              - label: ":mag: lint"
                key: lint
                commands:
                  - pip install ruff
                  - ruff check src
                soft_fail: true
              - wait
              - label: ":robot_face: eval"
                key: eval
                if: build.pull_request.id != null
                command: npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
                secrets:
                  - OPENAI_API_KEY
              - label: ":chart_with_upwards_trend: nightly training"
                key: train
                if: build.source == "schedule"
                command: python src/train.py
              - label: ":package: release pipeline"
                key: upload-release
                branches: main
                command: buildkite-agent pipeline upload .buildkite/release.yml
              - wait
              - label: ":docker: image"
                key: image
                command: docker build -t assistant .
              - block: ":rocket: Deploy?"
                key: approve
                branches: main
              - label: ":helm: deploy"
                key: deploy
                branches: main
                command: helm upgrade --install assistant charts/assistant
            """;

    private static final String RELEASE = """
            steps:
              - label: ":pytest: smoke"
                key: smoke
                command: pytest tests/
            """;

    @TempDir
    Path dir;

    private CiFixture scan(String... files) {
        return CiFixture.of(dir, "assistant", files);
    }

    private CiFixture pipeline() {
        return scan(".buildkite/pipeline.yml", PIPELINE, ".buildkite/release.yml", RELEASE);
    }

    @Test
    void stepsAreJobsByKeyAndBuildOnPushesAndPullRequests() {
        CiFixture ci = pipeline();
        assertThat(ci.jobs()).extracting(CiJob::job).containsExactly("unit", "lint", "eval", "train", "upload-release", "image",
                "approve", "deploy", "smoke");
        assertThat(ci.job("unit").triggers()).as("a step conditioned on schedules says the pipeline has some")
                .containsExactlyInAnyOrder(Trigger.PUSH, Trigger.PULL_REQUEST, Trigger.MANUAL, Trigger.SCHEDULE);
        assertThat(ci.job("eval").triggers()).containsExactly(Trigger.PULL_REQUEST);
        assertThat(ci.job("train").triggers()).containsExactly(Trigger.SCHEDULE);
        assertThat(ci.job("upload-release").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.MANUAL, Trigger.SCHEDULE);
    }

    @Test
    void aStepAfterAWaitNeedsTheStepsBeforeItThatRunUnderItsTriggers() {
        CiFixture ci = pipeline();
        assertThat(ci.job("eval").needs()).containsExactlyInAnyOrder("unit", "lint");
        assertThat(ci.job("image").needs()).as("eval, training and the main-only upload are skipped on some of its triggers:"
                + " they pass on their own needs").containsExactlyInAnyOrder("unit", "lint");
    }

    @Test
    void stepsAfterABlockWaitForAHuman() {
        CiFixture ci = pipeline();
        assertThat(ci.job("approve").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("approve").needs()).containsExactly("image");
        assertThat(ci.job("deploy").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("deploy").needs()).containsExactly("approve");
    }

    @Test
    void anUploadedPipelineFileRunsWhenItsUploaderDoes() {
        CiFixture ci = pipeline();
        assertThat(ci.job("smoke").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.MANUAL, Trigger.SCHEDULE);
        assertThat(ci.job("smoke").needs()).containsExactly("upload-release");
        assertThat(ci.job("smoke").file()).isEqualTo(".buildkite/release.yml");
    }

    @Test
    void commandsPluginsSoftFailAndSecrets() {
        CiFixture ci = pipeline();
        assertThat(ci.job("unit").commands()).containsExactly("pytest -q tests/", "uses: docker#v5.11.0 with image=python:3.12");
        assertThat(ci.job("unit").runs()).containsExactly("tests/test_features.py");
        assertThat(ci.job("lint").mayFail()).isTrue();
        assertThat(ci.job("unit").mayFail()).isFalse();
        assertThat(ci.job("eval").runs()).containsExactly("promptfooconfig.yaml");
        assertThat(ci.job("eval").secrets()).containsExactly("OPENAI_API_KEY");
        assertThat(ci.job("eval").evidence().locator()).endsWith(":.buildkite/pipeline.yml#L18-L23");
    }

    @Test
    void aPipelineGeneratedAtRunTimeIsNotInterpreted() {
        CiFixture ci = scan(".buildkite/pipeline.yml", """
                steps:
                  - label: ":pipeline: generate"
                    command: .buildkite/pipeline.sh | buildkite-agent pipeline upload
                """, ".buildkite/pipeline.sh", "#!/bin/sh\necho 'steps: []'\n");
        assertThat(ci.unreadable()).containsExactly(".buildkite/pipeline.sh: CI present: Buildkite (.buildkite/pipeline.sh), not"
                + " interpreted: a step uploads a pipeline generated at run time (.buildkite/pipeline.sh | buildkite-agent pipeline upload)");
        assertThat(ci.facts().availability(GitCollector.CI).available()).isFalse();
    }

    @Test
    void malformedYamlIsUnreadable() {
        CiFixture ci = scan(".buildkite/pipeline.yml", "steps:\n  - command: [pytest\n");
        assertThat(ci.jobs()).isEmpty();
        assertThat(ci.unreadable()).singleElement().asString().startsWith(".buildkite/pipeline.yml#L");
    }
}
