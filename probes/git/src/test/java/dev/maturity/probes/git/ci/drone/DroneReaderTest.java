package dev.maturity.probes.git.ci.drone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.ci.CiFixture;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroneReaderTest {

    private static final String DRONE = """
            kind: pipeline
            type: docker
            name: test

            steps:
              - name: unit
                image: python:3.12
                commands:
                  - pip install -r requirements.txt
                  - pytest -q tests/
              - name: eval
                image: node:22
                environment:
                  OPENAI_API_KEY:
                    from_secret: openai_api_key
                commands:
                  - npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
                when:
                  event: [pull_request]
              - name: lint
                image: python:3.12
                failure: ignore
                commands:
                  - ruff check src
              - name: notify
                image: plugins/slack
                settings:
                  webhook:
                    from_secret: slack_webhook
                when:
                  status: [success, failure]

            trigger:
              event:
                exclude: [promote]

            ---
            kind: pipeline
            type: docker
            name: deploy

            steps:
              - name: helm
                image: alpine/helm:3.14.0
                commands:
                  - helm upgrade --install assistant charts/assistant

            trigger:
              event: [promote]
              target: [production]

            depends_on: [test]

            ---
            kind: pipeline
            type: docker
            name: nightly

            steps:
              - name: train
                image: python:3.12
                commands:
                  - python src/train.py

            trigger:
              event: [cron]
              cron: [nightly]

            ---
            kind: secret
            name: openai_api_key
            get:
              path: ci/openai
              name: key
            """;

    @TempDir
    Path dir;

    @Test
    void pipelinesTriggersStepsOrderAndSecrets() {
        CiFixture ci = CiFixture.of(dir, "assistant", ".drone.yml", DRONE);
        assertThat(ci.jobs()).extracting(CiJob::job).containsExactly("test/unit", "test/eval", "test/lint", "test/notify",
                "deploy/helm", "nightly/train");
        assertThat(ci.job("test/unit").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.PULL_REQUEST, Trigger.TAG,
                Trigger.SCHEDULE);
        assertThat(ci.job("test/eval").triggers()).containsExactly(Trigger.PULL_REQUEST);
        assertThat(ci.job("deploy/helm").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("nightly/train").triggers()).containsExactly(Trigger.SCHEDULE);
        assertThat(ci.job("test/eval").needs()).containsExactly("test/unit");
        assertThat(ci.job("test/lint").needs()).as("eval is skipped on pushes: lint needs what eval needed").containsExactly("test/unit");
        assertThat(ci.job("test/notify").needs()).as("a step run after failures too gates nothing").isEmpty();
        assertThat(ci.job("deploy/helm").needs()).containsExactly("test/unit", "test/eval", "test/lint", "test/notify");
        assertThat(ci.job("test/lint").mayFail()).isTrue();
        assertThat(ci.job("test/eval").secrets()).containsExactly("openai_api_key");
        assertThat(ci.job("test/notify").secrets()).containsExactly("slack_webhook");
        assertThat(ci.job("test/eval").runs()).containsExactly("promptfooconfig.yaml");
        assertThat(ci.job("test/unit").runs()).containsExactly("tests/test_features.py");
        assertThat(ci.job("test/eval").evidence().locator()).endsWith(":.drone.yml#L11-L19");
    }

    @Test
    void woodpeckerWorkflowsAreFilesWithWhenAndDependsOn() {
        CiFixture ci = CiFixture.of(dir, "wp", ".woodpecker/test.yml", """
                when:
                  - event: [push, pull_request]
                steps:
                  unit:
                    image: python:3.12
                    commands:
                      - pytest -q tests/
                  eval:
                    image: node:22
                    secrets: [openai_api_key]
                    commands:
                      - npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
                    when:
                      event: pull_request
                """, ".woodpecker/deploy.yml", """
                when:
                  event: deployment
                depends_on: [test]
                steps:
                  - name: helm
                    image: alpine/helm:3.14.0
                    commands:
                      - helm upgrade --install assistant charts/assistant
                """, ".woodpecker/nightly.yml", """
                when:
                  event: cron
                  cron: nightly
                steps:
                  - name: train
                    image: python:3.12
                    commands: [python src/train.py]
                """);
        assertThat(ci.job("test/unit").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.PULL_REQUEST);
        assertThat(ci.job("test/eval").triggers()).containsExactly(Trigger.PULL_REQUEST);
        assertThat(ci.job("test/eval").needs()).containsExactly("test/unit");
        assertThat(ci.job("test/eval").secrets()).containsExactly("openai_api_key");
        assertThat(ci.job("deploy/helm").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("deploy/helm").needs()).containsExactly("test/unit", "test/eval");
        assertThat(ci.job("nightly/train").triggers()).containsExactly(Trigger.SCHEDULE);
        assertThat(ci.job("nightly/train").runs()).containsExactly("src/train.py");
    }

    @Test
    void malformedYamlIsUnreadable() {
        CiFixture ci = CiFixture.of(dir, "broken", ".drone.yml", "kind: pipeline\nsteps:\n  - name: [x\n");
        assertThat(ci.jobs()).isEmpty();
        assertThat(ci.unreadable()).singleElement().asString().startsWith(".drone.yml#L");
    }
}
