package dev.maturity.probes.git.ci.circleci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.ci.CiFixture;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CircleCiReaderTest {

    private static final String CONFIG = """
            version: 2.1

            orbs:
              python: circleci/python@2.1.1
              slack: circleci/slack@4.13.3

            parameters:
              run-retrain:
                type: boolean
                default: false

            executors:
              py:
                docker:
                  - image: cimg/python:3.12

            commands:
              eval-suite:
                parameters:
                  config:
                    type: string
                    default: promptfooconfig.yaml
                steps:
                  - run:
                      name: Regression suite
                      command: npx promptfoo@0.112.4 eval -c << parameters.config >>

            jobs:
              test:
                executor: py
                steps:
                  - checkout
                  - python/install-packages:
                      pkg-manager: pip
                  - run: pytest -q tests/
                  - run:
                      name: notify
                      when: on_fail
                      command: ./scripts/notify.sh
              eval:
                executor: py
                working_directory: ~/project/evals
                steps:
                  - checkout
                  - eval-suite
              train:
                executor: py
                steps:
                  - checkout
                  - run: python src/train.py || true
              deploy:
                docker:
                  - image: alpine/helm:3.14.0
                steps:
                  - checkout
                  - run: helm upgrade --install assistant charts/assistant

            workflows:
              build-test-deploy:
                jobs:
                  - test
                  - eval:
                      context: [openai]
                      requires: [test]
                  - hold:
                      type: approval
                      requires: [eval]
                      filters:
                        branches:
                          only: main
                  - deploy:
                      requires: [hold]
                      filters:
                        branches:
                          only: main
                  - train:
                      filters:
                        branches:
                          ignore: /.*/
                        tags:
                          only: /^v.*/
              nightly:
                when:
                  and:
                    - equal: [scheduled_pipeline, << pipeline.trigger_source >>]
                    - equal: [nightly, << pipeline.schedule.name >>]
                jobs:
                  - train
              retrain-on-demand:
                when: << pipeline.parameters.run-retrain >>
                jobs:
                  - train
            """;

    @TempDir
    Path dir;

    private CiFixture scan(String... files) {
        return CiFixture.of(dir, "assistant", files);
    }

    private CiJob job(CiFixture ci, String workflow, String id) {
        return ci.jobs().stream().filter(j -> j.workflow().endsWith("#" + workflow) && j.job().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void workflowsRunOnPushedBranchesAndPullRequestBranchesAndFiltersNarrowThem() {
        CiFixture ci = scan(".circleci/config.yml", CONFIG);
        assertThat(job(ci, "build-test-deploy", "test").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.PULL_REQUEST,
                Trigger.MANUAL, Trigger.SCHEDULE);
        assertThat(job(ci, "build-test-deploy", "train").triggers()).containsExactlyInAnyOrder(Trigger.TAG, Trigger.MANUAL);
        assertThat(job(ci, "nightly", "train").triggers()).containsExactly(Trigger.SCHEDULE);
        assertThat(job(ci, "retrain-on-demand", "train").triggers()).as("a parameter nothing sets on pushes: runs started by hand")
                .containsExactly(Trigger.MANUAL);
    }

    @Test
    void requiresAreNeedsAndJobsAfterAnApprovalWaitForAHuman() {
        CiFixture ci = scan(".circleci/config.yml", CONFIG);
        assertThat(job(ci, "build-test-deploy", "eval").needs()).containsExactly("test");
        assertThat(job(ci, "build-test-deploy", "hold").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(job(ci, "build-test-deploy", "deploy").needs()).containsExactly("hold");
        assertThat(job(ci, "build-test-deploy", "deploy").triggers()).containsExactly(Trigger.MANUAL);
    }

    @Test
    void stepsExpandReusableCommandsAndOrbCommandsShowTheirParameters() {
        CiFixture ci = scan(".circleci/config.yml", CONFIG, "scripts/notify.sh", "#!/bin/sh\n");
        CiJob test = job(ci, "build-test-deploy", "test");
        assertThat(test.commands()).containsExactly("uses: python/install-packages with pkg-manager=pip", "pytest -q tests/");
        assertThat(test.runs()).containsExactly("tests/test_features.py");
        CiJob eval = job(ci, "build-test-deploy", "eval");
        assertThat(eval.commands()).containsExactly("npx promptfoo@0.112.4 eval -c promptfooconfig.yaml");
        assertThat(eval.runs()).containsExactly("evals/promptfooconfig.yaml");
        assertThat(eval.secrets()).containsExactly("context:openai");
    }

    @Test
    void aSwallowedFailureIsReportOnly() {
        CiFixture ci = scan(".circleci/config.yml", CONFIG);
        assertThat(job(ci, "nightly", "train").runs()).containsExactly("src/train.py");
        assertThat(job(ci, "nightly", "train").mayFail()).isTrue();
        assertThat(job(ci, "build-test-deploy", "test").mayFail()).isFalse();
    }

    @Test
    void theJobCitesItsDefinition() {
        CiFixture ci = scan(".circleci/config.yml", CONFIG);
        assertThat(job(ci, "build-test-deploy", "eval").evidence().locator()).endsWith(":.circleci/config.yml#L40-L45");
    }

    @Test
    void aSetupConfigurationIsFollowedIntoTheConfigurationItContinuesWith() {
        CiFixture ci = scan(".circleci/config.yml", """
                version: 2.1
                setup: true
                orbs:
                  path-filtering: circleci/path-filtering@1.0.0
                parameters:
                  run-evals:
                    type: boolean
                    default: false
                workflows:
                  filter:
                    unless: << pipeline.parameters.run-evals >>
                    jobs:
                      - path-filtering/filter:
                          base-revision: main
                          mapping: |
                            evals/.* run-evals true
                          config-path: .circleci/evals.yml
                """, ".circleci/evals.yml", """
                version: 2.1
                parameters:
                  run-evals:
                    type: boolean
                    default: false
                jobs:
                  eval:
                    docker: [{image: cimg/node:22.0}]
                    steps:
                      - checkout
                      - run: npx promptfoo eval -c promptfooconfig.yaml
                workflows:
                  evals:
                    when: << pipeline.parameters.run-evals >>
                    jobs: [eval]
                """);
        CiJob eval = ci.job("eval");
        assertThat(eval.triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.PULL_REQUEST);
        assertThat(eval.file()).isEqualTo(".circleci/evals.yml");
        assertThat(eval.evidence().detail()).endsWith("(continued from .circleci/config.yml)");
    }

    @Test
    void aSetupContinuingWithAGeneratedConfigurationIsNotInterpreted() {
        CiFixture ci = scan(".circleci/config.yml", """
                version: 2.1
                setup: true
                orbs:
                  continuation: circleci/continuation@1.0.0
                jobs:
                  generate:
                    docker: [{image: cimg/python:3.12}]
                    steps:
                      - checkout
                      - run: python .circleci/generate.py > generated.yml
                      - continuation/continue:
                          configuration_path: generated.yml
                workflows:
                  setup:
                    jobs: [generate]
                """);
        assertThat(ci.jobs()).isEmpty();
        assertThat(ci.unreadable()).containsExactly(".circleci/config.yml#L2: CI present: CircleCI (.circleci/config.yml), not interpreted:"
                + " dynamic configuration (setup: true) continued with a configuration generated at run time");
        assertThat(ci.facts().availability(GitCollector.CI).available()).isFalse();
    }

    @Test
    void malformedYamlIsUnreadable() {
        CiFixture ci = scan(".circleci/config.yml", "version: 2.1\njobs:\n  test: [unclosed\n");
        assertThat(ci.jobs()).isEmpty();
        assertThat(ci.unreadable()).singleElement().asString().startsWith(".circleci/config.yml#L");
    }
}
