package dev.maturity.probes.git.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.platforms.ClassicalProject;
import dev.maturity.fixtures.platforms.NotebookProject;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.Scanned;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoNotebookDeploysProbeTest {

    @TempDir
    Path dir;

    private final NoNotebookDeploysProbe probe = new NoNotebookDeploysProbe();

    @Test
    void aDockerfileThatExecutesTheTrainingNotebookIsNotMetCitingTheLine() {
        NotebookProject.create(dir).close();
        Scanned s = Scanned.of(dir);
        Finding f = s.run(probe);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.evidence()).extracting(Evidence::locator)
                .containsExactly(s.at("Dockerfile", NotebookProject.DOCKERFILE_NBCONVERT_LINE, NotebookProject.DOCKERFILE_NBCONVERT_LINE));
        assertThat(f.evidence().get(0).detail()).startsWith("Dockerfile RUN takes notebook train.ipynb");
    }

    @Test
    void notebooksMerelyPresentAreFine() {
        ClassicalProject.create(dir).close();
        Scanned s = Scanned.of(dir);
        Finding f = s.run(probe);
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.tree());
    }

    @Test
    void copyingANotebookOrNamingItInCmdCountsAndContinuationLinesAreJoined() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("docker/serve.Dockerfile", """
                    FROM jupyter/scipy-notebook:2024-05-27
                    COPY serve.ipynb /home/jovyan/
                    RUN pip install papermill && \\
                        papermill /home/jovyan/serve.ipynb /tmp/out.ipynb
                    CMD ["voila", "serve.ipynb"]
                    """).commit("voila app");
        }
        Scanned s = Scanned.of(dir);
        assertThat(s.facts().of(NotebookReference.class))
                .extracting(NotebookReference::instruction, NotebookReference::line, r -> r.evidence().locator())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("COPY", 2, s.at("docker/serve.Dockerfile", 2, 2)),
                        org.assertj.core.groups.Tuple.tuple("RUN", 3, s.at("docker/serve.Dockerfile", 3, 4)),
                        org.assertj.core.groups.Tuple.tuple("CMD", 5, s.at("docker/serve.Dockerfile", 5, 5)));
    }

    @Test
    void aCommittedCronJobRunningPapermillIsNotMetAtItsCommandLine() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("deploy/retrain.yaml", """
                    apiVersion: batch/v1
                    kind: CronJob
                    metadata:
                      name: retrain
                      namespace: ml
                    spec:
                      schedule: "0 3 * * 1"
                      jobTemplate:
                        spec:
                          template:
                            spec:
                              restartPolicy: Never
                              containers:
                                - name: train
                                  image: registry.acme.io/churn:1.4.0
                                  command: ["papermill", "train.ipynb", "/tmp/out.ipynb"]
                    """).commit("weekly retrain");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(probe);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.at("deploy/retrain.yaml", 16, 16));
        assertThat(f.evidence().get(0).detail()).isEqualTo("CronJob ml/retrain runs a notebook: papermill train.ipynb /tmp/out.ipynb");
    }

    @Test
    void aDeployJobThatRunsANotebookIsNotMetButATestJobIsFine() {
        GitLocation tree = GitLocation.commit("r", "c0ffee");
        Evidence treeEv = new Evidence(tree, Strength.DECLARED, "git:c0ffee", "tree");
        CiJob deploy = job("deploy", "production", List.of("papermill publish.ipynb out.ipynb", "kubectl apply -f k8s/"));
        CiJob test = job("test", null, List.of("pytest --nbmake notebooks/eda.ipynb"));
        Facts facts = Facts.builder().add(new SourceRead("git", "r", "c0ffee", treeEv)).add(test)
                .availability(dev.maturity.core.facts.Availability.read(GitCollector.TREE)).build();
        assertThat(probe.evaluate(facts, ctx()).outcome()).isEqualTo(Outcome.MET);
        Finding f = probe.evaluate(Facts.builder().add(new SourceRead("git", "r", "c0ffee", treeEv)).add(test).add(deploy)
                .availability(dev.maturity.core.facts.Availability.read(GitCollector.TREE)).build(), ctx());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.evidence()).extracting(Evidence::detail)
                .containsExactly("deploy job deploy takes a notebook: papermill publish.ipynb out.ipynb");
    }

    @Test
    void aWorkflowDeployJobThatExecutesANotebookIsNotMetCitingTheJob() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("notebooks/publish.ipynb", "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n")
                    .file(".github/workflows/release.yml", """
                            name: release
                            on:
                              push:
                                tags: ["v*"]
                            jobs:
                              test:
                                runs-on: ubuntu-latest
                                steps:
                                  - uses: actions/checkout@v4
                                  - run: pytest --nbmake notebooks/
                              publish-model:
                                runs-on: ubuntu-latest
                                needs: test
                                environment: production
                                steps:
                                  - uses: actions/checkout@v4
                                  - run: pip install papermill
                                  - run: papermill notebooks/publish.ipynb /tmp/publish.out.ipynb -p stage production
                            """)
                    .commit("release by notebook");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(probe);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.locator()).startsWith(s.at(".github/workflows/release.yml") + "#L11");
            assertThat(e.detail()).isEqualTo("deploy job publish-model takes a notebook: "
                    + "papermill notebooks/publish.ipynb /tmp/publish.out.ipynb -p stage production");
        });
    }

    @Test
    void withoutATreeTheAnswerIsUnknown() {
        Finding f = probe.evaluate(Facts.empty(), ctx());
        assertThat(f.outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    private static CiJob job(String name, String env, List<String> commands) {
        return new CiJob("r", "github", ".github/workflows/ci.yml", "ci", name, Set.of(Trigger.PUSH), List.of(), commands, env,
                new Evidence(GitLocation.lines("r", "c0ffee", ".github/workflows/ci.yml", 10, 20), Strength.WIRED, null, "job " + name));
    }

    private static dev.maturity.core.spi.ProbeContext ctx() {
        return new dev.maturity.core.spi.ProbeContext(dev.maturity.core.model.Track.CLASSICAL, Scanned.AS_OF, java.util.Map.of());
    }
}
