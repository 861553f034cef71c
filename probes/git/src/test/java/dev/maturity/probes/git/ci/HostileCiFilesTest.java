package dev.maturity.probes.git.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.GitCollector;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed, huge and adversarial CI files of every YAML-based system are listed unreadable with the
 * reason, in bounded time; the scan goes on and reads the other CI of the repository.
 */
class HostileCiFilesTest {

    /** Billion laughs: nested aliases that would expand to gigabytes. */
    private static final String ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
            + "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
            + "steps: [*f]\n";

    private static final String DEEP = "steps:\n" + "[".repeat(200) + "]".repeat(200) + "\n";

    private static final String WORKFLOW = "on: [pull_request]\njobs:\n  unit:\n    runs-on: x\n    steps:\n      - run: pytest tests/\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {".gitlab-ci.yml", ".circleci/config.yml", ".buildkite/pipeline.yml", "bitbucket-pipelines.yml",
        ".drone.yml", ".woodpecker.yml", "cloudbuild.yaml", "ci/assistant.gocd.yaml", ".taskcluster.yml", "azure-pipelines.yml"})
    void anAliasBombIsUnreadableAndTheOtherCiIsStillRead(String path) {
        CiFixture ci = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CiFixture.of(dir, "bomb", path, ALIAS_BOMB + "# - script: x\n", ".github/workflows/ci.yml", WORKFLOW));
        assertThat(ci.unreadable()).anyMatch(u -> u.startsWith(path) && u.contains("Number of aliases for non-scalar nodes exceeds"));
        assertThat(ci.facts().availability(GitCollector.CI).available()).isFalse();
        assertThat(ci.job("unit").runs()).containsExactly("tests/test_features.py");
    }

    @ParameterizedTest
    @ValueSource(strings = {".gitlab-ci.yml", ".circleci/config.yml", "bitbucket-pipelines.yml", ".drone.yml", ".taskcluster.yml"})
    void deepNestingIsUnreadable(String path) {
        CiFixture ci = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CiFixture.of(dir, "deep", path, DEEP));
        assertThat(ci.unreadable()).singleElement().asString().startsWith(path);
        assertThat(ci.jobs()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {".gitlab-ci.yml", "Jenkinsfile", ".drone.yml", "bitbucket-pipelines.yml"})
    void aFileLargerThanTheCapIsUnreadableNotEmpty(String path) {
        String huge = "# " + "x".repeat(1100 * 1024) + "\n";
        CiFixture ci = CiFixture.of(dir, "huge", path, huge);
        assertThat(ci.unreadable()).singleElement().asString().contains("larger than");
        assertThat(ci.facts().availability(GitCollector.CI).reason()).contains(path);
    }
}
