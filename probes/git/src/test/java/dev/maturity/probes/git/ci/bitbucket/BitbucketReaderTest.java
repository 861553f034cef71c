package dev.maturity.probes.git.ci.bitbucket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.ci.CiFixture;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BitbucketReaderTest {

    private static final String PIPELINES = """
            image: python:3.12

            definitions:
              caches:
                npm: ~/.npm
              steps:
                - step: &unit
                    name: Unit tests
                    caches: [pip]
                    script:
                      - pip install -r requirements.txt
                      - pytest -q tests/

            pipelines:
              default:
                - step: *unit
              pull-requests:
                '**':
                  - step: *unit
                  - step:
                      name: Regression eval
                      image: node:22
                      script:
                        - npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
                      after-script:
                        - ./scripts/notify.sh
              branches:
                main:
                  - parallel:
                      - step: *unit
                      - step:
                          name: Lint
                          script:
                            - ruff check src || true
                  - step:
                      name: Deploy
                      deployment: production
                      trigger: manual
                      script:
                        - pipe: atlassian/helm-upgrade:0.2.1
                          variables:
                            KUBE_CONFIG: $KUBE_CONFIG
                            CHART: charts/assistant
              tags:
                'v*':
                  - stage:
                      name: Release
                      deployment: staging
                      steps:
                        - step:
                            name: Build
                            script:
                              - docker build -t assistant .
                        - step:
                            name: Smoke
                            script:
                              - pytest tests/
              custom:
                nightly-retrain:
                  - step:
                      name: Retrain
                      script:
                        - python src/train.py
            """;

    @TempDir
    Path dir;

    private CiFixture scan() {
        return CiFixture.of(dir, "assistant", "bitbucket-pipelines.yml", PIPELINES, "scripts/notify.sh", "#!/bin/sh\n");
    }

    @Test
    void eachPipelineSectionHasItsTrigger() {
        CiFixture ci = scan();
        assertThat(ci.job("default/Unit tests #1").triggers()).containsExactly(Trigger.PUSH);
        assertThat(ci.job("pull-requests:**/Regression eval #2").triggers()).containsExactly(Trigger.PULL_REQUEST);
        assertThat(ci.job("branches:main/Lint #2").triggers()).containsExactly(Trigger.PUSH);
        assertThat(ci.job("tags:v*/Smoke #2").triggers()).containsExactly(Trigger.TAG);
        assertThat(ci.job("custom:nightly-retrain/Retrain #1").triggers()).containsExactly(Trigger.MANUAL);
    }

    @Test
    void stepsRunInOrderAfterTheStepOrParallelGroupBefore() {
        CiFixture ci = scan();
        assertThat(ci.job("pull-requests:**/Regression eval #2").needs()).containsExactly("pull-requests:**/Unit tests #1");
        assertThat(ci.job("branches:main/Deploy #3").needs()).containsExactly("branches:main/Unit tests #1", "branches:main/Lint #2");
        assertThat(ci.job("tags:v*/Smoke #2").needs()).containsExactly("tags:v*/Build #1");
    }

    @Test
    void manualStepsDeploymentsAndReportOnlySteps() {
        CiFixture ci = scan();
        CiJob deploy = ci.job("branches:main/Deploy #3");
        assertThat(deploy.triggers()).containsExactly(Trigger.MANUAL);
        assertThat(deploy.environment()).isEqualTo("production");
        assertThat(deploy.commands()).containsExactly("uses: atlassian/helm-upgrade:0.2.1 with KUBE_CONFIG=$KUBE_CONFIG CHART=charts/assistant");
        assertThat(deploy.secrets()).containsExactly("KUBE_CONFIG");
        assertThat(ci.job("tags:v*/Smoke #2").environment()).isEqualTo("staging");
        assertThat(ci.job("branches:main/Lint #2").mayFail()).isFalse();
        assertThat(ci.job("branches:main/Lint #2").runs()).isEmpty();
    }

    @Test
    void anchoredStepsResolveToTheFilesTheyRunAndCiteTheirDefinition() {
        CiFixture ci = scan();
        CiJob unit = ci.job("pull-requests:**/Unit tests #1");
        assertThat(unit.runs()).containsExactly("tests/test_features.py");
        assertThat(unit.evidence().locator()).endsWith(":bitbucket-pipelines.yml#L7-L12");
        CiJob eval = ci.job("pull-requests:**/Regression eval #2");
        assertThat(eval.runs()).containsExactly("promptfooconfig.yaml", "scripts/notify.sh");
        assertThat(eval.mayFail()).isFalse();
        assertThat(eval.workflow()).isEqualTo("bitbucket-pipelines.yml#pull-requests:**");
    }

    @Test
    void malformedYamlIsUnreadable() {
        CiFixture ci = CiFixture.of(dir, "broken", "bitbucket-pipelines.yml", "pipelines:\n  default:\n    - step: {script: [pytest\n");
        assertThat(ci.jobs()).isEmpty();
        assertThat(ci.unreadable()).singleElement().asString().startsWith("bitbucket-pipelines.yml#L");
    }
}
