package dev.maturity.probes.git.ci.tekton;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.ci.CiFixture;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TektonReaderTest {

    /** A Pipelines-as-Code run on pull requests with its pipeline inline, as in a {@code .tekton/} directory. */
    private static final String PAC_RUN = """
            apiVersion: tekton.dev/v1
            kind: PipelineRun
            metadata:
              name: assistant-on-pull-request
              annotations:
                pipelinesascode.tekton.dev/on-event: "[pull_request]"
                pipelinesascode.tekton.dev/on-target-branch: "[main]"
                pipelinesascode.tekton.dev/task: "git-clone"
            spec:
              params:
                - name: repo_url
                  value: "{{ repo_url }}"
              pipelineSpec:
                workspaces:
                  - name: source
                tasks:
                  - name: fetch-repository
                    taskRef:
                      name: git-clone
                      kind: ClusterTask
                    params:
                      - name: url
                        value: $(params.repo_url)
                    workspaces:
                      - name: output
                        workspace: source
                  - name: unit
                    runAfter: [fetch-repository]
                    taskRef:
                      name: python-tests
                  - name: eval
                    runAfter: [fetch-repository]
                    onError: continue
                    taskSpec:
                      steps:
                        - name: promptfoo
                          image: node:22
                          workingDir: $(workspaces.source.path)/evals
                          env:
                            - name: OPENAI_API_KEY
                              valueFrom:
                                secretKeyRef:
                                  name: openai
                                  key: api-key
                          script: |
                            npx promptfoo@0.112.4 eval --no-cache
                finally:
                  - name: report
                    taskSpec:
                      steps:
                        - name: notify
                          image: alpine
                          command: [./scripts/notify.sh]
              workspaces:
                - name: source
                  volumeClaimTemplate:
                    spec:
                      accessModes: [ReadWriteOnce]
                      resources:
                        requests:
                          storage: 1Gi
            ---
            apiVersion: tekton.dev/v1
            kind: Task
            metadata:
              name: python-tests
            spec:
              steps:
                - name: pytest
                  image: python:3.12
                  workingDir: $(workspaces.source.path)
                  script: |
                    pip install -r requirements.txt
                    pytest -q tests/
            """;

    /** Tekton Triggers: an EventListener whose GitHub interceptor admits pushes starts a TriggerTemplate's run of a Pipeline. */
    private static final String TRIGGERS = """
            apiVersion: tekton.dev/v1
            kind: Pipeline
            metadata:
              name: release
            spec:
              tasks:
                - name: image
                  taskSpec:
                    steps:
                      - name: build
                        image: gcr.io/kaniko-project/executor:v1.23.0
                        args: [--dockerfile=Dockerfile, --destination=registry/assistant]
                - name: deploy
                  runAfter: [image]
                  params:
                    - name: digest
                      value: $(tasks.image.results.digest)
                  taskSpec:
                    steps:
                      - name: helm
                        image: alpine/helm:3.14.0
                        script: helm upgrade --install assistant charts/assistant
            ---
            apiVersion: triggers.tekton.dev/v1beta1
            kind: TriggerTemplate
            metadata:
              name: release-template
            spec:
              resourcetemplates:
                - apiVersion: tekton.dev/v1
                  kind: PipelineRun
                  metadata:
                    generateName: release-run-
                  spec:
                    pipelineRef:
                      name: release
            ---
            apiVersion: triggers.tekton.dev/v1beta1
            kind: EventListener
            metadata:
              name: github
            spec:
              triggers:
                - name: on-push
                  interceptors:
                    - ref:
                        name: github
                      params:
                        - name: eventTypes
                          value: ["push"]
                  template:
                    ref: release-template
            ---
            apiVersion: tekton.dev/v1
            kind: Pipeline
            metadata:
              name: retrain
            spec:
              tasks:
                - name: train
                  taskSpec:
                    steps:
                      - name: train
                        image: python:3.12
                        command: [python]
                        args: [src/train.py]
            """;

    @TempDir
    Path dir;

    @Test
    void aPipelinesAsCodeRunIsJobsOnItsEventsWithRunAfterNeeds() {
        CiFixture ci = CiFixture.of(dir, "assistant", ".tekton/pull-request.yaml", PAC_RUN, "scripts/notify.sh", "#!/bin/sh\n");
        assertThat(ci.jobs()).extracting(CiJob::job).containsExactly("fetch-repository", "unit", "eval", "report");
        assertThat(ci.job("eval").triggers()).containsExactly(Trigger.PULL_REQUEST);
        assertThat(ci.job("unit").needs()).containsExactly("fetch-repository");
        assertThat(ci.job("report").needs()).as("finally runs whatever happened").isEmpty();
        assertThat(ci.job("eval").mayFail()).isTrue();
        assertThat(ci.job("eval").runs()).containsExactly("evals/promptfooconfig.yaml");
        assertThat(ci.job("eval").secrets()).containsExactly("openai");
        assertThat(ci.job("unit").runs()).containsExactly("tests/test_features.py");
        assertThat(ci.job("fetch-repository").commands()).containsExactly("uses: git-clone with url=$(params.repo_url)");
        assertThat(ci.job("report").runs()).containsExactly("scripts/notify.sh");
        assertThat(ci.job("eval").evidence().locator()).endsWith(":.tekton/pull-request.yaml#L31-L46");
    }

    @Test
    void anEventListenerStartsItsTemplatesPipelineAndAnUnstartedPipelineRunsByHand() {
        CiFixture ci = CiFixture.of(dir, "assistant", "ci/tekton/release.yaml", TRIGGERS);
        assertThat(ci.job("deploy").triggers()).containsExactly(Trigger.PUSH);
        assertThat(ci.job("deploy").needs()).containsExactly("image");
        assertThat(ci.job("deploy").commands()).containsExactly("helm upgrade --install assistant charts/assistant");
        assertThat(ci.job("train").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("train").runs()).containsExactly("src/train.py");
    }
}
