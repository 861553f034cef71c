package dev.maturity.probes.git.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.GitFacts;
import dev.maturity.probes.git.pipeline.PipelineTestsInCiProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workflow whose pull_request or push is filtered to branches that leave out the default branch
 * fires on a change only when a branch it admits is alive: a course's CI that only fires on pull
 * requests to a {@code develop} untouched for years never runs, while a push to a production branch
 * that merges reach every few weeks is a real trigger.
 */
class DefaultBranchTriggersTest {

    @TempDir
    Path dir;

    private static String workflow(String on) {
        return on + """
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: pytest tests/
                """;
    }

    /** main holds the workflow; {@code other} (when given) was last committed to {@code age} before the scan. */
    private Facts scan(String on, String other, Duration age) {
        Path repo = dir.resolve("course");
        try (GitRepoBuilder b = GitRepoBuilder.init(repo)) {
            b.at(GitFacts.AS_OF.minus(Duration.ofDays(1500))).file("README.md", "# course\n").commit("start");
            if (other != null) {
                b.branch(other).at(GitFacts.AS_OF.minus(age)).file("NOTES.md", "notes\n").commit("work on " + other);
                b.checkout("main");
            }
            b.at(GitFacts.AS_OF.minus(Duration.ofDays(10))).file(".github/workflows/ci-tests.yml", workflow(on))
                    .file("src/train.py", "from sklearn.linear_model import LinearRegression\nLinearRegression().fit([[1]], [1])\n")
                    .file("tests/test_train.py", "def test_train():\n    assert True\n");
            b.commit("ci");
        }
        return GitFacts.collect(repo, new CiExtractor());
    }

    private static Finding testsInCi(Facts facts) {
        return new PipelineTestsInCiProbe().evaluate(facts, new ProbeContext(Track.CLASSICAL, GitFacts.AS_OF, Map.of()));
    }

    private static CiJob job(Facts facts) {
        return facts.of(CiJob.class).stream().filter(j -> j.job().equals("test")).findFirst().orElseThrow();
    }

    @Test
    void pullRequestsToADormantBranchOnlyAreNoChangeTrigger() {
        Facts facts = scan("on:\n  pull_request:\n    branches: ['develop']\n", "develop", Duration.ofDays(900));
        assertThat(job(facts).triggers()).containsExactly(Trigger.OTHER);
        assertThat(job(facts).evidence().detail()).isEqualTo("GitHub Actions job 'test' on other (pull_request to develop: not the default "
                + "branch main and no branch committed to in the year before the scan)");
        Finding f = testsInCi(facts);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary())
                .isEqualTo("tests run in CI only by hand, on a schedule or on branches other than the default, not on every change");
        assertThat(f.evidence()).extracting(e -> e.location().locator().replaceFirst("^course@[0-9a-f]{40}:?", ""))
                .containsExactly("", ".github/workflows/ci-tests.yml#L5-L9");
    }

    @Test
    void aPushToALiveProductionBranchStillFiresOnChanges() {
        Facts facts = scan("on:\n  push:\n    branches: [master]\n", "master", Duration.ofDays(20));
        assertThat(job(facts).triggers()).containsExactly(Trigger.PUSH);
        assertThat(job(facts).evidence().detail()).isEqualTo("GitHub Actions job 'test' on push");
    }

    @Test
    void withoutAnyOtherBranchToLookAtTheFilterIsNotRead() {
        assertThat(job(scan("on:\n  pull_request:\n    branches: ['develop']\n", null, null)).triggers()).containsExactly(Trigger.PULL_REQUEST);
    }

    @Test
    void aFilterAdmittingTheDefaultBranchKeepsTheTrigger() {
        Facts facts = scan("on:\n  pull_request:\n    branches: ['release/**', 'ma*']\n", "develop", Duration.ofDays(900));
        assertThat(job(facts).triggers()).containsExactly(Trigger.PULL_REQUEST);
        Finding f = testsInCi(facts);
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo(".github/workflows/ci-tests.yml#test (pull_request) runs 1 test file(s)");
        assertThat(f.evidence().get(0).location().locator()).endsWith(":.github/workflows/ci-tests.yml#L5-L9");
    }

    @Test
    void branchesIgnoreLeavingOutTheDefaultBranchWithOnlyDormantBranchesElsewhereFiresOnNoChange() {
        assertThat(job(scan("on:\n  push:\n    branches-ignore: [main]\n", "gh-pages", Duration.ofDays(800))).triggers())
                .containsExactly(Trigger.OTHER);
    }

    @Test
    void aNegatedPatternAfterAMatchLeavesTheDefaultBranchOut() {
        Facts facts = scan("on:\n  push:\n    branches: ['**', '!main']\n    tags: ['v*']\n", "old/feature", Duration.ofDays(400));
        assertThat(job(facts).triggers()).containsExactlyInAnyOrder(Trigger.TAG, Trigger.OTHER);
    }
}
