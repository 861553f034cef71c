package dev.maturity.probes.git.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deploys proven from the repository: committed artefacts for L2 predictability, rollouts on push for L3 automation. */
class DeployProbesTest {

    private static final String APP = "from fastapi import FastAPI\nfrom openai import OpenAI\n\napp = FastAPI()\nclient = OpenAI()\n";

    @TempDir
    Path dir;

    @Test
    void aServiceDockerfileIsADeployArtefactButNotAnAutomatedDeploy() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("app/main.py", APP)
                    .file("Dockerfile", "FROM python:3.12-slim\nCOPY app /srv/app\nCMD [\"uvicorn\", \"app.main:app\"]\n")
                    .commit("service");
        }
        Scanned s = Scanned.of(dir);
        Finding predictable = s.run(new DeployArtefactsProbe(), Track.LLM);
        assertThat(predictable.outcome()).isEqualTo(Outcome.MET);
        assertThat(predictable.summary()).isEqualTo("deploy artefacts: Dockerfile Dockerfile");
        assertThat(predictable.evidence()).extracting(Evidence::locator).containsExactly(s.at("Dockerfile", 3, 3));
        Finding automated = s.run(new AutomatedDeployProbe(), Track.LLM);
        assertThat(automated.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(automated.summary()).isEqualTo("no CI job or GitOps controller rolls a service out");
    }

    @Test
    void aTutorialDockerfileDeepInACollectionDoesNotDeployTheCollection() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            for (int i = 0; i < 6; i++) {
                repo.file("guides/guide" + i + "/chat.py", "from openai import OpenAI\n");
            }
            repo.file("guides/mcp/demo/app.py", APP)
                    .file("guides/mcp/demo/Dockerfile", "FROM python:3.12\nCOPY . .\nCMD [\"python\", \"app.py\"]\n")
                    .commit("guides");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new DeployArtefactsProbe(), Track.LLM);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("deploy artefacts cover 1 of 7 llm code file(s) (14%, need 20%): Dockerfile guides/mcp/demo/Dockerfile");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(s.at("guides/mcp/demo/Dockerfile", 3, 3), s.tree());
    }

    @Test
    void aDockerfileThatCopiesOnlyWhatTheRepositoryLacksIsNotADeployArtefact() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("app/main.py", APP)
                    .file("docker/Dockerfile", "FROM python:3.12\nCOPY build/dist /srv\nCMD [\"/srv/run\"]\n")
                    .commit("service");
        }
        Finding f = Scanned.of(dir).run(new DeployArtefactsProbe(), Track.LLM);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("no deploy manifest, chart, Dockerfile, serving spec, deploy script or deploy job");
    }

    @Test
    void aWorkflowThatRunsADeployScriptOnEveryPushToMainIsContinuousDeployment() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("app/main.py", APP)
                    .file("scripts/deploy.sh", "#!/bin/bash\nset -e\nhelm upgrade --install assistant charts/assistant --set image.tag=$1\n")
                    .file(".github/workflows/cd.yml", """
                            on:
                              push:
                                branches: [main]
                            jobs:
                              deploy:
                                runs-on: ubuntu-latest
                                steps:
                                  - uses: actions/checkout@v4
                                  - run: ./scripts/deploy.sh ${{ github.sha }}
                            """)
                    .commit("cd");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new AutomatedDeployProbe(), Track.LLM);
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("automated deploys: .github/workflows/cd.yml#deploy (push) runs helm upgrade (scripts/deploy.sh)");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.at(".github/workflows/cd.yml", 5, 9));
        assertThat(s.run(new DeployArtefactsProbe(), Track.LLM).summary())
                .isEqualTo("deploy artefacts: deploy script scripts/deploy.sh; .github/workflows/cd.yml#deploy (push) runs helm upgrade (scripts/deploy.sh)");
    }

    @Test
    void manualDeploysAndPublishedImagesAreNotContinuousDeployment() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("app/main.py", APP)
                    .file(".github/workflows/release.yml", """
                            on:
                              push:
                                tags: ['v*']
                            jobs:
                              image:
                                runs-on: ubuntu-latest
                                steps:
                                  - run: docker build -t ghcr.io/acme/assistant:${{ github.sha }} . && docker push ghcr.io/acme/assistant:${{ github.sha }}
                            """)
                    .file(".github/workflows/deploy.yml", """
                            on: workflow_dispatch
                            jobs:
                              deploy:
                                runs-on: ubuntu-latest
                                steps:
                                  - run: gcloud run deploy assistant --image ghcr.io/acme/assistant:latest
                            """)
                    .commit("release");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new AutomatedDeployProbe(), Track.LLM);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("rollouts run only by hand or on pull requests: .github/workflows/deploy.yml#deploy (manual) runs gcloud run deploy");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(s.at(".github/workflows/deploy.yml", 3, 6), s.tree());
        assertThat(s.run(new DeployArtefactsProbe(), Track.LLM).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void anArgoCdApplicationThatSyncsByItselfDeploysContinuously() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("app/main.py", APP)
                    .file("deploy/argocd/assistant.yaml", """
                            apiVersion: argoproj.io/v1alpha1
                            kind: Application
                            metadata:
                              name: assistant
                            spec:
                              source:
                                path: deploy/k8s
                              syncPolicy:
                                automated:
                                  prune: true
                            """)
                    .commit("gitops");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new AutomatedDeployProbe(), Track.LLM);
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("automated deploys: Application assistant in deploy/argocd/assistant.yaml");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.at("deploy/argocd/assistant.yaml", 1, 10));
    }

    @Test
    void registryPromotionIsARegistryStageDeploy() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("src/churn/train.py", "import mlflow\nfrom sklearn.linear_model import LogisticRegression\n"
                            + "LogisticRegression().fit(X, y)\n")
                    .file("src/churn/promote.py", "import mlflow\n\nclient = mlflow.MlflowClient()\n"
                            + "client.set_registered_model_alias(\"churn\", \"champion\", 3)\n")
                    .commit("promotion");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new DeployArtefactsProbe(), Track.CLASSICAL);
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("deploy artefacts: src/churn/promote.py promotes a model version (mlflow)");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.at("src/churn/promote.py", 4, 4));
    }
}
