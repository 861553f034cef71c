package dev.maturity.probes.git.ci.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.ci.CiFixture;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AzurePipelinesReaderTest {

    private static final String PIPELINE = """
            # CI, nightly retraining and release of the assistant
            trigger:
              branches:
                include: [main]
              tags:
                include: ['v*']
            pr:
              branches:
                include: [main]
            schedules:
              - cron: "0 3 * * *"
                displayName: nightly
                branches:
                  include: [main]
                always: true

            pool:
              vmImage: ubuntu-latest

            variables:
              - group: assistant-secrets

            stages:
              - stage: Test
                jobs:
                  - job: Unit
                    steps:
                      - template: templates/python-setup.yml
                      - script: pytest -q tests/
                        displayName: Unit tests
                  - job: Lint
                    continueOnError: true
                    steps:
                      - script: ruff check src
              - stage: Eval
                condition: and(succeeded(), eq(variables['Build.Reason'], 'PullRequest'))
                jobs:
                  - job: Promptfoo
                    steps:
                      - bash: npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
                        workingDirectory: $(Build.SourcesDirectory)/evals
                        env:
                          OPENAI_API_KEY: $(OPENAI_API_KEY)
              - stage: Train
                dependsOn: []
                condition: eq(variables['Build.Reason'], 'Schedule')
                jobs:
                  - job: Retrain
                    steps:
                      - task: PythonScript@0
                        inputs:
                          scriptSource: filePath
                          scriptPath: src/train.py
                          arguments: --epochs 3
              - stage: Release
                dependsOn: [Test]
                condition: and(succeeded(), startsWith(variables['Build.SourceBranch'], 'refs/tags/'))
                jobs:
                  - deployment: Deploy
                    environment: production
                    strategy:
                      runOnce:
                        deploy:
                          steps:
                            - task: HelmDeploy@0
                              inputs:
                                command: upgrade
                                chartPath: charts/assistant
                                releaseName: assistant
              - stage: Report
                condition: always()
                jobs:
                  - job: Summary
                    steps:
                      - script: ./scripts/report.sh
            """;

    private static final String SETUP = """
            parameters:
              - name: python
                default: '3.12'
            steps:
              - task: UsePythonVersion@0
                inputs:
                  versionSpec: ${{ parameters.python }}
              - script: pip install -r requirements.txt
            """;

    @TempDir
    Path dir;

    private CiFixture scan(String... files) {
        return CiFixture.of(dir, "assistant", files);
    }

    private CiFixture pipeline() {
        return scan("azure-pipelines.yml", PIPELINE, "templates/python-setup.yml", SETUP, "scripts/report.sh", "#!/bin/sh\n");
    }

    @Test
    void jobsAreStageQualifiedAndTemplatesAreNotPipelines() {
        assertThat(pipeline().jobs()).extracting(CiJob::job).containsExactly("Test.Unit", "Test.Lint", "Eval.Promptfoo",
                "Train.Retrain", "Release.Deploy", "Report.Summary");
        assertThat(pipeline().jobs()).extracting(CiJob::workflow).containsOnly("azure-pipelines.yml");
    }

    @Test
    void triggersComeFromTriggerPrSchedulesAndConditions() {
        CiFixture ci = pipeline();
        assertThat(ci.job("Test.Unit").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.TAG, Trigger.PULL_REQUEST,
                Trigger.SCHEDULE);
        assertThat(ci.job("Eval.Promptfoo").triggers()).containsExactly(Trigger.PULL_REQUEST);
        assertThat(ci.job("Train.Retrain").triggers()).containsExactly(Trigger.SCHEDULE);
        assertThat(ci.job("Release.Deploy").triggers()).containsExactly(Trigger.TAG);
    }

    @Test
    void stagesDependOnThePreviousStageUnlessTheySayOtherwise() {
        CiFixture ci = pipeline();
        assertThat(ci.job("Test.Unit").needs()).isEmpty();
        assertThat(ci.job("Eval.Promptfoo").needs()).containsExactly("Test.Unit", "Test.Lint");
        assertThat(ci.job("Train.Retrain").needs()).isEmpty();
        assertThat(ci.job("Release.Deploy").needs()).containsExactly("Test.Unit", "Test.Lint");
        assertThat(ci.job("Report.Summary").needs()).as("always() runs whatever the stages before did").isEmpty();
    }

    @Test
    void stepsTemplatesAndTasksResolveToTheFilesTheyRun() {
        CiFixture ci = pipeline();
        assertThat(ci.job("Test.Unit").commands()).containsExactly("uses: UsePythonVersion@0 with versionSpec=${{ parameters.python }}",
                "pip install -r requirements.txt", "pytest -q tests/");
        assertThat(ci.job("Test.Unit").runs()).containsExactly("tests/test_features.py");
        assertThat(ci.job("Eval.Promptfoo").runs()).containsExactly("evals/promptfooconfig.yaml");
        assertThat(ci.job("Train.Retrain").runs()).containsExactly("src/train.py");
        assertThat(ci.job("Release.Deploy").environment()).isEqualTo("production");
        assertThat(ci.job("Release.Deploy").commands()).containsExactly(
                "uses: HelmDeploy@0 with command=upgrade chartPath=charts/assistant releaseName=assistant");
    }

    @Test
    void continueOnErrorIsReportOnlyAndSecretsAreNamed() {
        CiFixture ci = pipeline();
        assertThat(ci.job("Test.Lint").mayFail()).isTrue();
        assertThat(ci.job("Test.Unit").mayFail()).isFalse();
        assertThat(ci.job("Eval.Promptfoo").secrets()).containsExactly("OPENAI_API_KEY");
        assertThat(ci.job("Test.Lint").evidence().detail()).isEqualTo(
                "Azure Pipelines job 'Test.Lint' on pull_request, push, tag, schedule, allowed to fail");
        assertThat(ci.job("Test.Lint").evidence().locator()).endsWith(":azure-pipelines.yml#L31-L34");
    }

    @Test
    void aPipelineWithNoTriggerAndNoPrRunsOnlyByHand() {
        CiFixture ci = scan(".pipelines/eval.yml", """
                trigger: none
                pr: none
                pool:
                  vmImage: ubuntu-latest
                steps:
                  - script: npx promptfoo eval -c promptfooconfig.yaml
                """);
        assertThat(ci.job("Job").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("Job").runs()).containsExactly("promptfooconfig.yaml");
    }

    @Test
    void aPipelineExtendingAnotherRepositorysTemplateIsNotInterpreted() {
        CiFixture ci = scan("azure-pipelines.yml", """
                resources:
                  repositories:
                    - repository: templates
                      type: git
                      name: platform/pipeline-templates
                extends:
                  template: python-service.yml@templates
                """);
        assertThat(ci.jobs()).isEmpty();
        assertThat(ci.unreadable()).containsExactly("azure-pipelines.yml#L7: CI present: Azure Pipelines (azure-pipelines.yml),"
                + " not interpreted: extends a template that is not in the repository (python-service.yml@templates)");
        assertThat(ci.facts().availability(GitCollector.CI).available()).isFalse();
    }

    @Test
    void malformedYamlIsUnreadableAndOtherPipelinesAreStillRead() {
        CiFixture ci = scan("azure-pipelines.yml", "trigger: [main\nsteps:\n  - script: pytest\n",
                ".pipelines/pr.yml", "pr: [main]\nsteps:\n  - script: pytest tests/\n");
        assertThat(ci.unreadable()).singleElement().asString().startsWith("azure-pipelines.yml#L2: Azure Pipelines: ");
        assertThat(ci.job("Job").runs()).containsExactly("tests/test_features.py");
    }
}
