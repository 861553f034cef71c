package dev.maturity.probes.git.ci.argo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.ci.CiFixture;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgoWorkflowsReaderTest {

    private static final String TEMPLATE = """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata:
              name: retrain
            spec:
              entrypoint: pipeline
              templates:
                - name: pipeline
                  dag:
                    tasks:
                      - name: prepare
                        template: python
                        arguments:
                          parameters: [{name: script, value: src/prepare.py}]
                      - name: train
                        depends: prepare
                        template: train
                      - name: evaluate
                        dependencies: [train]
                        template: evaluate
                        continueOn:
                          failed: true
                      - name: report
                        depends: "evaluate.Failed || evaluate.Succeeded"
                        template: notify
                - name: python
                  inputs:
                    parameters: [{name: script}]
                  container:
                    image: python:3.12
                    command: [python]
                    args: ["{{inputs.parameters.script}}"]
                - name: train
                  container:
                    image: registry/assistant-train:1.4.0
                    command: [python, src/train.py]
                    env:
                      - name: MLFLOW_TRACKING_TOKEN
                        valueFrom:
                          secretKeyRef:
                            name: mlflow
                            key: token
                - name: evaluate
                  script:
                    image: node:22
                    command: [bash]
                    source: |
                      npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
                - name: notify
                  container:
                    image: curlimages/curl:8.8.0
                    args: [-X, POST, "https://hooks.example.invalid"]
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: CronWorkflow
            metadata:
              name: nightly-retrain
            spec:
              schedules: ["0 2 * * *"]
              concurrencyPolicy: Replace
              workflowSpec:
                workflowTemplateRef:
                  name: retrain
            """;

    @TempDir
    Path dir;

    @Test
    void aTemplateACronWorkflowReferencesRunsOnItsScheduleAsDagJobs() {
        CiFixture ci = CiFixture.of(dir, "assistant", "workflows/retrain.yaml", TEMPLATE);
        assertThat(ci.jobs()).extracting(CiJob::job).containsExactly("prepare", "train", "evaluate", "report");
        assertThat(ci.job("train").triggers()).containsExactly(Trigger.SCHEDULE);
        assertThat(ci.job("train").needs()).containsExactly("prepare");
        assertThat(ci.job("evaluate").needs()).containsExactly("train");
        assertThat(ci.job("report").needs()).as("runs after evaluate whatever its outcome").isEmpty();
        assertThat(ci.job("evaluate").mayFail()).isTrue();
        assertThat(ci.job("train").runs()).containsExactly("src/train.py");
        assertThat(ci.job("train").secrets()).containsExactly("mlflow");
        assertThat(ci.job("evaluate").runs()).containsExactly("promptfooconfig.yaml");
        assertThat(ci.job("train").evidence().locator()).endsWith(":workflows/retrain.yaml#L15-L17");
    }

    @Test
    void aWorkflowIsSubmittedByHandAndStepsRunGroupAfterGroup() {
        CiFixture ci = CiFixture.of(dir, "assistant", "workflows/eval.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: eval-
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      steps:
                        - - name: unit
                            template: pytest
                        - - name: eval
                            template: promptfoo
                          - name: lint
                            template: pytest
                    - name: pytest
                      container:
                        image: python:3.12
                        command: [pytest, -q, tests/]
                    - name: promptfoo
                      container:
                        image: node:22
                        command: [npx, promptfoo, eval, -c, promptfooconfig.yaml]
                """);
        assertThat(ci.job("eval").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("eval").needs()).containsExactly("unit");
        assertThat(ci.job("lint").needs()).containsExactly("unit");
        assertThat(ci.job("unit").runs()).containsExactly("tests/test_features.py");
    }

    @Test
    void aSensorStartsItsWorkflowOnTheEventsOfItsEventSource() {
        CiFixture ci = CiFixture.of(dir, "assistant", "argo/events.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: EventSource
                metadata:
                  name: github
                spec:
                  github:
                    assistant:
                      repositories: [{owner: acme, names: [assistant]}]
                      events: [pull_request]
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: Sensor
                metadata:
                  name: assistant-pr
                spec:
                  dependencies:
                    - name: pr
                      eventSourceName: github
                      eventName: assistant
                  triggers:
                    - template:
                        name: eval
                        argoWorkflow:
                          operation: submit
                          source:
                            resource:
                              apiVersion: argoproj.io/v1alpha1
                              kind: Workflow
                              metadata:
                                generateName: eval-
                              spec:
                                entrypoint: eval
                                templates:
                                  - name: eval
                                    container:
                                      image: node:22
                                      command: [npx, promptfoo, eval, -c, promptfooconfig.yaml]
                """);
        assertThat(ci.job("eval").triggers()).containsExactly(Trigger.PULL_REQUEST);
        assertThat(ci.job("eval").runs()).containsExactly("promptfooconfig.yaml");
    }

    @Test
    void argoRolloutsAreNotWorkflows() {
        CiFixture ci = CiFixture.of(dir, "assistant", "deploy/rollout.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Rollout
                metadata:
                  name: assistant
                spec:
                  strategy:
                    canary:
                      steps: [{setWeight: 20}]
                """);
        assertThat(ci.jobs()).isEmpty();
        assertThat(ci.facts().unreadable()).isEmpty();
    }
}
