package dev.maturity.probes.git.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.GitFacts;
import dev.maturity.probes.git.eval.EvalGateBeforeDeployProbe;
import dev.maturity.probes.git.eval.EvalSuiteExtractor;
import dev.maturity.probes.git.pipeline.PipelineTestsInCiProbe;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wired is not gating, the same in every system: a job whose failure is swallowed gates nothing, a
 * "test" job that only echoes or exits first runs no test, and a deploy that waits on an eval job
 * is gated whichever system expresses the wait (needs, stage order).
 */
class ReportOnlyJobsTest {

    private static final String SUITE = """
            prompts: [file://prompt.txt]
            providers: [openai:gpt-4o-mini]
            tests:
              - vars:
                  q: hi
                assert:
                  - type: icontains
                    value: hello
            """;

    @TempDir
    Path dir;

    private Facts scan(String... ci) {
        Path repo = dir.resolve("svc");
        try (GitRepoBuilder b = GitRepoBuilder.init(repo)) {
            b.files(ci).file("promptfooconfig.yaml", SUITE).file("prompt.txt", "{{q}}\n")
                    .file("tests/test_app.py", "def test_app():\n    assert True\n").file("charts/app/Chart.yaml", "name: app\n");
            b.commit("ci");
        }
        return GitFacts.collect(repo, new CiExtractor(), new EvalSuiteExtractor());
    }

    private static Finding gate(Facts facts) {
        return new EvalGateBeforeDeployProbe().evaluate(facts, new ProbeContext(Track.LLM, GitFacts.AS_OF, Map.of()));
    }

    /** A Jenkinsfile whose Eval stage runs the command and whose Deploy stage comes after it. */
    private static String evalThenDeploy(String eval) {
        return """
                pipeline {
                    agent any
                    stages {
                        stage('Eval') { steps { sh '%s' } }
                        stage('Deploy') {
                            when { branch 'main' }
                            steps { sh 'helm upgrade --install app charts/app' }
                        }
                    }
                }
                """.formatted(eval);
    }

    @Test
    void aJenkinsDeployStageAfterTheEvalStageIsGatedByStageOrder() {
        Finding f = gate(scan("Jenkinsfile", evalThenDeploy("npx promptfoo eval -c promptfooconfig.yaml")));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("deploy job(s) [Jenkinsfile#Deploy (push, manual)] need eval job"
                + " Jenkinsfile#Eval (pull_request, push, manual), which fails when promptfooconfig.yaml misses its thresholds");
    }

    @Test
    void anEvalWhoseFailureIsSwallowedGatesNothingInAnySystem() {
        Finding jenkins = gate(scan("Jenkinsfile", evalThenDeploy("npx promptfoo eval -c promptfooconfig.yaml || true")));
        assertThat(jenkins.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(jenkins.summary()).isEqualTo("Jenkinsfile#Eval (pull_request, push, manual) is allowed to fail");
        Finding bitbucket = gate(scan("bitbucket-pipelines.yml", """
                pipelines:
                  default:
                    - step:
                        name: Eval
                        script:
                          - set +e
                          - npx promptfoo eval -c promptfooconfig.yaml
                    - step:
                        name: Deploy
                        deployment: production
                        script:
                          - helm upgrade --install app charts/app
                """));
        assertThat(bitbucket.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(bitbucket.summary()).endsWith("is allowed to fail");
    }

    @Test
    void aTestJobThatOnlyEchoesOrExitsFirstRunsNoTest() {
        Facts facts = scan(".gitlab-ci.yml", """
                test:
                  script:
                    - echo "pytest tests/ would run here"
                unit:
                  script:
                    - exit 0
                    - pytest tests/
                """);
        Finding f = new PipelineTestsInCiProbe().evaluate(facts, new ProbeContext(Track.LLM, GitFacts.AS_OF, Map.of()));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("no CI job runs the repository's tests");
    }
}
