package dev.maturity.probes.git.ci.gocd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.ci.CiFixture;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GocdReaderTest {

    private static final String CONFIG = """
            format_version: 10
            pipelines:
              assistant-ci:
                group: assistant
                materials:
                  assistant_repo:
                    git: git@github.com:acme/assistant.git
                    branch: main
                    destination: assistant
                  pull_requests:
                    plugin_configuration:
                      id: github.pr
                      version: 1
                    options:
                      url: git@github.com:acme/assistant.git
                secure_variables:
                  OPENAI_API_KEY: "AES:encrypted-value-not-read"
                stages:
                  - test:
                      jobs:
                        unit:
                          tasks:
                            - exec:
                                command: pytest
                                arguments: [-q, tests/]
                                working_directory: assistant
                        eval:
                          tasks:
                            - script: |
                                cd assistant
                                npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
                  - deploy:
                      approval:
                        type: manual
                      jobs:
                        helm:
                          environment_variables:
                            KUBE_TOKEN: "{{SECRET:[devinfra][kube-token]}}"
                          tasks:
                            - script: helm upgrade --install assistant assistant/charts/assistant
              assistant-retrain:
                group: assistant
                timer:
                  spec: "0 0 2 * * ?"
                  only_on_changes: no
                materials:
                  assistant_repo:
                    git: git@github.com:acme/assistant.git
                    auto_update: false
                stages:
                  - train:
                      jobs:
                        train:
                          tasks:
                            - exec: {command: python, arguments: [src/train.py]}
                            - exec: {command: ./scripts/notify.sh, run_if: failed}
            environments:
              production:
                pipelines: [assistant-ci]
            """;

    @TempDir
    Path dir;

    private CiFixture scan(String... files) {
        return CiFixture.of(dir, "assistant", files);
    }

    @Test
    void pipelinesTriggerOnMaterialsTimersAndStagesRunInOrder() {
        CiFixture ci = scan("ci/assistant.gocd.yaml", CONFIG);
        assertThat(ci.jobs()).extracting(CiJob::job).containsExactly("test/unit", "test/eval", "deploy/helm", "train/train");
        assertThat(ci.job("test/unit").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.PULL_REQUEST);
        assertThat(ci.job("train/train").triggers()).containsExactly(Trigger.SCHEDULE);
        assertThat(ci.job("deploy/helm").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("deploy/helm").needs()).containsExactly("test/unit", "test/eval");
        assertThat(ci.job("deploy/helm").environment()).isEqualTo("production");
    }

    @Test
    void tasksRunInTheCheckoutAtTheMaterialsDestination() {
        CiFixture ci = scan("ci/assistant.gocd.yaml", CONFIG);
        assertThat(ci.job("test/unit").commands()).containsExactly("pytest -q tests/");
        assertThat(ci.job("test/unit").runs()).containsExactly("tests/test_features.py");
        assertThat(ci.job("train/train").commands()).containsExactly("python src/train.py");
        assertThat(ci.job("test/unit").secrets()).containsExactly("OPENAI_API_KEY");
        assertThat(ci.job("deploy/helm").secrets()).containsExactly("OPENAI_API_KEY", "devinfra/kube-token");
        assertThat(ci.job("test/unit").evidence().locator()).endsWith(":ci/assistant.gocd.yaml#L21-L26");
    }

    @Test
    void aPipelineWhoseFirstStageIsApprovedByHandRunsOnlyByHand() {
        CiFixture ci = scan("gocd/pipelines/eval.yaml", """
                format_version: 10
                pipelines:
                  eval-by-hand:
                    materials:
                      repo:
                        git: git@github.com:acme/assistant.git
                    stages:
                      - eval:
                          approval:
                            type: manual
                          jobs:
                            promptfoo:
                              tasks:
                                - script: npx promptfoo eval -c promptfooconfig.yaml
                """);
        assertThat(ci.job("eval/promptfoo").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("eval/promptfoo").runs()).containsExactly("promptfooconfig.yaml");
    }

    @Test
    void pipelinesGeneratedFromJsonnetAreNotInterpreted() {
        CiFixture ci = scan("gocd/templates/assistant.jsonnet", "local p = import './pipelines.libsonnet';\np.render({})\n");
        assertThat(ci.unreadable()).containsExactly("gocd/templates/assistant.jsonnet: CI present: GoCD"
                + " (gocd/templates/assistant.jsonnet), not interpreted: pipelines generated from jsonnet when the config repository is read");
        assertThat(ci.facts().availability(GitCollector.CI).available()).isFalse();
    }
}
