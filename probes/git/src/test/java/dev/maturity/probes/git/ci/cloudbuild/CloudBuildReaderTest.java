package dev.maturity.probes.git.ci.cloudbuild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.ci.CiFixture;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudBuildReaderTest {

    private static final String BUILD = """
            steps:
              - id: unit
                name: python:3.12
                entrypoint: bash
                args:
                  - -c
                  - |
                    pip install -r requirements.txt
                    pytest -q tests/
              - id: lint
                name: python:3.12
                waitFor: ['-']
                allowFailure: true
                entrypoint: ruff
                args: [check, src]
              - id: eval
                name: node:22
                secretEnv: [OPENAI_API_KEY]
                script: |
                  npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
              - id: image
                name: gcr.io/cloud-builders/docker
                args: ['build', '-t', 'us-docker.pkg.dev/$PROJECT_ID/assistant/app:$COMMIT_SHA', '.']
              - id: deploy
                name: gcr.io/cloud-builders/gcloud
                waitFor: [eval, image]
                args: [run, deploy, assistant, --image, 'us-docker.pkg.dev/$PROJECT_ID/assistant/app:$COMMIT_SHA']
            availableSecrets:
              secretManager:
                - versionName: projects/$PROJECT_ID/secrets/openai-key/versions/latest
                  env: OPENAI_API_KEY
            images: ['us-docker.pkg.dev/$PROJECT_ID/assistant/app:$COMMIT_SHA']
            """;

    /** As {@code gcloud builds triggers export} writes a pull-request trigger. */
    private static final String PR_TRIGGER = """
            name: assistant-pr
            filename: cloudbuild.yaml
            github:
              owner: acme
              name: assistant
              pullRequest:
                branch: ^main$
                commentControl: COMMENTS_ENABLED_FOR_EXTERNAL_CONTRIBUTORS_ONLY
            """;

    private static final String TERRAFORM = """
            resource "google_cloudbuild_trigger" "release" {
              name     = "assistant-release"
              filename = "cloudbuild.release.yaml"
              github {
                owner = "acme"
                name  = "assistant"
                push {
                  tag = "^v.*$"
                }
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void stepsAreJobsThatWaitForEveryStepBeforeThemUnlessWaitForSaysOtherwise() {
        CiFixture ci = CiFixture.of(dir, "assistant", "cloudbuild.yaml", BUILD, "ci/triggers/pr.yaml", PR_TRIGGER);
        assertThat(ci.jobs()).extracting(CiJob::job).containsExactly("unit", "lint", "eval", "image", "deploy");
        assertThat(ci.job("unit").needs()).isEmpty();
        assertThat(ci.job("lint").needs()).isEmpty();
        assertThat(ci.job("eval").needs()).containsExactly("unit", "lint");
        assertThat(ci.job("image").needs()).containsExactly("eval");
        assertThat(ci.job("deploy").needs()).containsExactly("eval", "image");
    }

    @Test
    void commandsComeFromScriptsEntrypointsAndBuilderImages() {
        CiFixture ci = CiFixture.of(dir, "assistant", "cloudbuild.yaml", BUILD, "ci/triggers/pr.yaml", PR_TRIGGER);
        assertThat(ci.job("unit").runs()).containsExactly("tests/test_features.py");
        assertThat(ci.job("lint").commands()).containsExactly("ruff check src");
        assertThat(ci.job("lint").mayFail()).isTrue();
        assertThat(ci.job("eval").runs()).containsExactly("promptfooconfig.yaml");
        assertThat(ci.job("eval").secrets()).containsExactly("OPENAI_API_KEY");
        assertThat(ci.job("deploy").commands()).containsExactly(
                "gcloud run deploy assistant --image us-docker.pkg.dev/$PROJECT_ID/assistant/app:$COMMIT_SHA");
        assertThat(ci.job("eval").evidence().locator()).endsWith(":cloudbuild.yaml#L16-L20");
    }

    @Test
    void triggersComeFromExportedAndTerraformTriggerDefinitions() {
        CiFixture ci = CiFixture.of(dir, "assistant", "cloudbuild.yaml", BUILD, "ci/triggers/pr.yaml", PR_TRIGGER,
                "cloudbuild.release.yaml", "steps:\n  - name: python:3.12\n    args: [python, src/train.py]\n",
                "infra/triggers.tf", TERRAFORM);
        assertThat(ci.job("eval").triggers()).containsExactly(Trigger.PULL_REQUEST);
        CiJob release = ci.jobs().stream().filter(j -> j.file().equals("cloudbuild.release.yaml")).findFirst().orElseThrow();
        assertThat(release.triggers()).containsExactly(Trigger.TAG);
        assertThat(release.runs()).containsExactly("src/train.py");
        assertThat(ci.facts().availability(GitCollector.CI).available()).isTrue();
    }

    @Test
    void aTriggerCreatedByAGcloudCommandInAScriptCounts() {
        CiFixture ci = CiFixture.of(dir, "assistant", "build/cloudbuild.yaml", """
                steps:
                  - name: gcr.io/$PROJECT_ID/trainer
                    args: ['python', 'src/train.py']
                """, "build/create-trigger.sh", """
                #!/bin/bash -e
                gcloud beta builds triggers create github \\
                  --build-config="./build/cloudbuild.yaml" \\
                  --branch-pattern="^main$" \\
                  --repo-name=assistant --repo-owner=acme
                """);
        CiJob train = ci.job("step 1");
        assertThat(train.triggers()).containsExactly(Trigger.PUSH);
        assertThat(train.commands()).as("a custom image's args are its whole command").containsExactly("python src/train.py");
        assertThat(train.runs()).containsExactly("src/train.py");
    }

    @Test
    void withoutATriggerDefinitionTheStepsAreReadAndCiIsUnknown() {
        CiFixture ci = CiFixture.of(dir, "assistant", "cloudbuild.yaml", BUILD);
        assertThat(ci.job("eval").triggers()).isEmpty();
        assertThat(ci.facts().availability(GitCollector.CI).reason()).isEqualTo("assistant: CI present: Google Cloud Build"
                + " (cloudbuild.yaml), triggers not in the repository: set up in Google Cloud, and no trigger definition in the"
                + " repository names it");
    }
}
