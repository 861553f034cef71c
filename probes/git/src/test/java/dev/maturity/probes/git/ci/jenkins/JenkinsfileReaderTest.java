package dev.maturity.probes.git.ci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.ci.CiFixture;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JenkinsfileReaderTest {

    /** Shaped like real multibranch Jenkinsfiles: Allman and K&R braces, script blocks, credentials, parallel, post. */
    private static final String JENKINSFILE = """
            #!/usr/bin/env groovy
            MODEL_DIR = env.MODEL_DIR ?: 'models'

            pipeline {
                agent { label 'python' }
                environment {
                    OPENAI_API_KEY = credentials('openai-api-key')
                    VENV = 'venv'
                }
                triggers {
                    cron('H 2 * * *')
                }
                options { timeout(time: 1, unit: 'HOURS') }
                stages {
                    stage('Install')
                    {
                        steps
                        {
                            sh 'python3 -m venv ${VENV} && . ${VENV}/bin/activate && pip install -r requirements.txt'
                        }
                    }
                    stage('Checks') {
                        parallel {
                            stage('Unit') {
                                steps {
                                    sh "pytest -q tests/"
                                }
                            }
                            stage('Lint') {
                                steps {
                                    catchError(buildResult: 'SUCCESS', stageResult: 'FAILURE') {
                                        sh 'ruff check src tests'
                                    }
                                }
                            }
                        }
                    }
                    stage('Eval') {
                        when { changeRequest() }
                        steps {
                            dir('evals') {
                                sh '''
                                    npx promptfoo@0.112.4 eval \\
                                      --no-cache
                                '''
                            }
                        }
                    }
                    stage('Nightly training') {
                        when { triggeredBy 'TimerTrigger' }
                        steps {
                            script {
                                withCredentials([usernamePassword(credentialsId: 'mlflow-user', usernameVariable: 'U', passwordVariable: 'P')]) {
                                    def status = sh(script: "python src/train.py --out ${MODEL_DIR}", returnStatus: true)
                                }
                            }
                        }
                    }
                    stage('Deploy') {
                        when {
                            allOf {
                                branch 'main'
                                not { changeRequest() }
                            }
                        }
                        steps {
                            sh 'helm upgrade --install assistant charts/assistant'
                        }
                    }
                }
                post {
                    always { junit 'reports/*.xml' }
                    success {
                        sh './scripts/notify.sh'
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private CiFixture scan(String jenkinsfile) {
        return CiFixture.of(dir, "svc", "Jenkinsfile", jenkinsfile, "scripts/notify.sh", "#!/bin/sh\n");
    }

    @Test
    void stagesWithStepsAreJobsNamedByTheirPath() {
        assertThat(scan(JENKINSFILE).jobs()).extracting(CiJob::job).containsExactly("Install", "Checks/Unit", "Checks/Lint",
                "Eval", "Nightly training", "Deploy", "post/success");
    }

    @Test
    void aJenkinsfileWithMultibranchConditionsRunsOnPushesAndChangeRequestsAndCronAddsSchedules() {
        CiFixture ci = scan(JENKINSFILE);
        assertThat(ci.job("Install").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.PULL_REQUEST, Trigger.SCHEDULE,
                Trigger.MANUAL);
        assertThat(ci.job("Eval").triggers()).containsExactly(Trigger.PULL_REQUEST);
        assertThat(ci.job("Nightly training").triggers()).containsExactly(Trigger.SCHEDULE);
        assertThat(ci.job("Deploy").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.SCHEDULE, Trigger.MANUAL);
    }

    @Test
    void stagesRunInOrderAndAStageAfterParallelNeedsEveryBranch() {
        CiFixture ci = scan(JENKINSFILE);
        assertThat(ci.job("Install").needs()).isEmpty();
        assertThat(ci.job("Checks/Unit").needs()).containsExactly("Install");
        assertThat(ci.job("Checks/Lint").needs()).containsExactly("Install");
        assertThat(ci.job("Eval").needs()).containsExactlyInAnyOrder("Checks/Unit", "Checks/Lint");
        assertThat(ci.job("post/success").needs()).containsExactly("Deploy");
    }

    @Test
    void aStageSkippedUnderTheTriggersOfALaterOneDoesNotGateIt() {
        // Eval runs only on change requests and training only on the timer: a deploy on pushes waits on neither.
        assertThat(scan(JENKINSFILE).job("Deploy").needs()).containsExactlyInAnyOrder("Checks/Unit", "Checks/Lint");
    }

    @Test
    void stepsResolveToFilesInTheirDirectoryAndTolerantStepsAreReportOnly() {
        CiFixture ci = scan(JENKINSFILE);
        assertThat(ci.job("Checks/Unit").runs()).containsExactly("tests/test_features.py");
        assertThat(ci.job("Checks/Unit").mayFail()).isFalse();
        assertThat(ci.job("Eval").runs()).containsExactly("evals/promptfooconfig.yaml");
        assertThat(ci.job("Nightly training").runs()).containsExactly("src/train.py");
        assertThat(ci.job("Nightly training").mayFail()).as("returnStatus: true swallows the failure").isTrue();
        assertThat(ci.job("Checks/Lint").commands()).containsExactly("ruff check src tests");
        assertThat(ci.job("Deploy").commands()).containsExactly("helm upgrade --install assistant charts/assistant");
        assertThat(ci.job("post/success").runs()).containsExactly("scripts/notify.sh");
    }

    @Test
    void credentialIdsAreNamedNeverTheirValues() {
        CiFixture ci = scan(JENKINSFILE);
        assertThat(ci.job("Install").secrets()).containsExactly("openai-api-key");
        assertThat(ci.job("Nightly training").secrets()).containsExactly("mlflow-user", "openai-api-key");
    }

    @Test
    void theJobCitesTheStageLines() {
        CiFixture ci = scan(JENKINSFILE);
        assertThat(ci.job("Eval").evidence().locator()).endsWith(":Jenkinsfile#L38-L48");
        assertThat(ci.job("Eval").evidence().detail()).isEqualTo("Jenkins job 'Eval' on pull_request");
    }

    @Test
    void withIndexTriggersOffAndNoTriggersThePipelineRunsOnlyByHand() {
        CiFixture ci = scan("""
                pipeline {
                    agent any
                    options { overrideIndexTriggers(false) }
                    parameters { string(name: 'MODEL', defaultValue: 'gpt-4o-mini') }
                    stages {
                        stage('Eval') { steps { sh 'npx promptfoo eval -c promptfooconfig.yaml' } }
                    }
                }
                """);
        assertThat(ci.job("Eval").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("Eval").runsOnChangeOrRelease()).isFalse();
    }

    @Test
    void aJenkinsfileThatShowsNoTriggerLeavesThemToTheJenkinsJob() {
        CiFixture ci = scan("""
                pipeline {
                    agent any
                    parameters { string(name: 'RUN_STAGE', defaultValue: 'ALL') }
                    stages {
                        stage('Train') {
                            when { expression { params.RUN_STAGE == 'ALL' } }
                            steps { sh 'python src/train.py' }
                        }
                    }
                }
                """);
        assertThat(ci.job("Train").triggers()).isEmpty();
        assertThat(ci.job("Train").runs()).containsExactly("src/train.py");
        assertThat(ci.facts().availability(GitCollector.CI).reason()).isEqualTo("svc: CI present: Jenkins (Jenkinsfile), triggers not in"
                + " the repository: set in the Jenkins job (the file has no triggers { }, no multibranch conditions and no CHANGE_ID"
                + " or BRANCH_NAME)");
    }

    @Test
    void anInputDirectiveMakesItsStageAndTheStagesAfterItWaitForAHuman() {
        CiFixture ci = scan("""
                pipeline {
                    agent any
                    triggers { pollSCM('H/5 * * * *') }
                    stages {
                        stage('Test') { steps { sh 'pytest tests/' } }
                        stage('Approve') {
                            input { message 'Deploy?' }
                            steps { echo 'approved' }
                        }
                        stage('Deploy') { steps { sh 'helm upgrade --install a charts/assistant' } }
                    }
                }
                """);
        assertThat(ci.job("Test").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.MANUAL);
        assertThat(ci.job("Approve").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("Deploy").triggers()).containsExactly(Trigger.MANUAL);
        assertThat(ci.job("Deploy").needs()).containsExactly("Approve");
    }

    @Test
    void aScriptedPipelineIsPresentAndNotInterpreted() {
        CiFixture ci = scan("""
                node('python') {
                    stage('Test') {
                        checkout scm
                        sh 'pytest tests/'
                    }
                }
                """);
        assertThat(ci.jobs()).isEmpty();
        assertThat(ci.unreadable()).containsExactly("Jenkinsfile#L1: CI present: Jenkins (Jenkinsfile), not interpreted:"
                + " scripted pipeline (node { }), only declarative pipelines are read");
        assertThat(ci.facts().availability(GitCollector.CI).available()).isFalse();
    }

    @Test
    void malformedAndHostileJenkinsfilesAreListedUnreadableAndTheScanGoesOn() {
        assertThat(scan("pipeline {\n  stages {\n    stage('x') { steps { sh 'a' }\n").unreadable())
                .containsExactly("Jenkinsfile#L3: Jenkins: unclosed '{' of stage");
        assertThat(scan("pipeline {\n  stages { stage('x') { steps { sh 'unterminated } } }\n}\n").unreadable())
                .containsExactly("Jenkinsfile#L2: Jenkins: unterminated string");
        assertThat(scan("pipeline " + "{ a ".repeat(100) + "}".repeat(100)).unreadable())
                .containsExactly("Jenkinsfile#L1: Jenkins: nested deeper than 64 blocks");
        assertThat(scan("x = 1\n".repeat(60_000)).unreadable())
                .containsExactly("Jenkinsfile#L50001: Jenkins: more than 200000 tokens");
        CiFixture huge = scan("// " + "x".repeat(600 * 1024) + "\n");
        assertThat(huge.unreadable()).containsExactly("Jenkinsfile: Jenkins: larger than 512 KiB");
        assertThat(huge.facts().availability(GitCollector.CI).reason()).isEqualTo(
                "svc: CI present: Jenkins (Jenkinsfile), not read: larger than 512 KiB");
    }
}
