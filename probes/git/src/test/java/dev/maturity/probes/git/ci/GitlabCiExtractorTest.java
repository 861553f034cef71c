package dev.maturity.probes.git.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.GitFacts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitlabCiExtractorTest {

    private static final String PIPELINE = """
            stages: [test, eval, deploy]

            workflow:
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
                - if: $CI_PIPELINE_SOURCE == "schedule"
                - if: $CI_COMMIT_TAG
                - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

            include:
              - local: ci/templates.yml

            default:
              before_script:
                - pip install -r requirements.txt

            unit:
              stage: test
              script:
                - pytest tests/

            regression-eval:
              extends: .python
              stage: eval
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
                - if: $CI_COMMIT_TAG
              script:
                - promptfoo eval -c promptfooconfig.yaml

            nightly-train:
              extends: .python
              stage: eval
              rules:
                - if: $CI_PIPELINE_SOURCE == "schedule"
              script:
                - dvc repro

            deploy-prod:
              stage: deploy
              environment:
                name: production
              rules:
                - if: $CI_COMMIT_TAG
              script:
                - kubectl apply -k k8s/overlays/prod

            release-notes:
              stage: deploy
              when: manual
              script:
                - ./scripts/notes.sh
            """;

    private static final String TEMPLATES = """
            .python:
              image: python:3.12
              allow_failure: false
              tags: [docker]
            """;

    @TempDir
    Path dir;

    private Facts scan(String pipeline) {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir.resolve("ml"))) {
            repo.file(".gitlab-ci.yml", pipeline)
                    .file("ci/templates.yml", TEMPLATES)
                    .file("tests/test_features.py", "def test_x():\n    assert True\n")
                    .file("promptfooconfig.yaml", "prompts: [p]\nproviders: [openai:gpt-4o]\ntests: []\n")
                    .file("dvc.yaml", "stages:\n  train:\n    cmd: python src/train.py\n")
                    .file("src/train.py", "import mlflow\n")
                    .file("scripts/notes.sh", "#!/bin/sh\n");
            repo.commit("pipeline");
        }
        return GitFacts.collect(dir.resolve("ml"), new GitlabCiExtractor());
    }

    private static CiJob job(Facts facts, String id) {
        return facts.of(CiJob.class).stream().filter(j -> j.job().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void hiddenTemplatesAreNotJobsAndReservedKeysAreNotJobs() {
        Facts facts = scan(PIPELINE);
        assertThat(facts.of(CiJob.class)).extracting(CiJob::job)
                .containsExactlyInAnyOrder("unit", "regression-eval", "nightly-train", "deploy-prod", "release-notes");
    }

    @Test
    void rulesGiveMergeRequestScheduleAndTagTriggers() {
        Facts facts = scan(PIPELINE);
        assertThat(job(facts, "regression-eval").triggers()).containsExactlyInAnyOrder(Trigger.PULL_REQUEST, Trigger.TAG);
        assertThat(job(facts, "nightly-train").triggers()).containsExactly(Trigger.SCHEDULE);
        assertThat(job(facts, "deploy-prod").triggers()).containsExactly(Trigger.TAG);
        assertThat(job(facts, "release-notes").triggers()).containsExactly(Trigger.MANUAL);
    }

    @Test
    void aJobWithoutRulesRunsInEveryPipelineTheWorkflowAdmits() {
        assertThat(job(scan(PIPELINE), "unit").triggers())
                .containsExactlyInAnyOrder(Trigger.PULL_REQUEST, Trigger.PUSH, Trigger.TAG, Trigger.SCHEDULE);
    }

    @Test
    void withoutWorkflowRulesAJobWithoutRulesIsNeverCountedAsScheduled() {
        Facts facts = scan("unit:\n  script:\n    - pytest\n");
        assertThat(job(facts, "unit").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.TAG, Trigger.MANUAL);
    }

    @Test
    void aJobWithoutNeedsNeedsEveryJobOfTheEarlierStages() {
        Facts facts = scan(PIPELINE);
        assertThat(job(facts, "deploy-prod").needs()).containsExactlyInAnyOrder("unit", "regression-eval", "nightly-train");
        assertThat(job(facts, "unit").needs()).isEmpty();
    }

    @Test
    void commandsIncludeDefaultBeforeScriptAndResolveToRepositoryFiles() {
        Facts facts = scan(PIPELINE);
        CiJob eval = job(facts, "regression-eval");
        assertThat(eval.commands()).containsExactly("pip install -r requirements.txt", "promptfoo eval -c promptfooconfig.yaml");
        assertThat(eval.runs()).containsExactly("promptfooconfig.yaml");
        assertThat(job(facts, "nightly-train").runs()).containsExactly("dvc.yaml", "src/train.py");
        assertThat(job(facts, "unit").runs()).containsExactly("tests/test_features.py");
        assertThat(job(facts, "deploy-prod").environment()).isEqualTo("production");
    }

    @Test
    void onlyAndExceptAreRead() {
        Facts facts = scan("""
                eval:
                  script: [make eval]
                  only: [merge_requests, tags]
                nightly:
                  script: [make train]
                  only:
                    refs: [schedules]
                """);
        assertThat(job(facts, "eval").triggers()).containsExactlyInAnyOrder(Trigger.PULL_REQUEST, Trigger.TAG);
        assertThat(job(facts, "nightly").triggers()).containsExactly(Trigger.SCHEDULE);
    }

    @Test
    void aJobDefinedInAnIncludedFileCitesThatFile() {
        Facts facts = scan("include: ci/jobs.yml\n");
        assertThat(facts.of(CiJob.class)).isEmpty();
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir.resolve("inc"))) {
            repo.file(".gitlab-ci.yml", "include:\n  - local: /ci/jobs.yml\n").file("ci/jobs.yml", "lint:\n  script:\n    - ruff check .\n");
            repo.commit("include");
        }
        CiJob lint = GitFacts.collect(dir.resolve("inc"), new GitlabCiExtractor()).of(CiJob.class).get(0);
        assertThat(lint.file()).isEqualTo("ci/jobs.yml");
        assertThat(lint.evidence().locator()).endsWith(":ci/jobs.yml#L1-L3");
    }

    @Test
    void malformedYamlIsUnreadable() {
        Facts facts = scan("unit:\n  script: [pytest\n");
        assertThat(facts.of(CiJob.class)).isEmpty();
        assertThat(facts.unreadable()).singleElement().satisfies(u -> assertThat(u.location().locator()).contains(":.gitlab-ci.yml#L"));
    }
}
