package dev.maturity.probes.git.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.Unreadable;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.git.HostileObjects;
import dev.maturity.fixtures.git.HostileObjects.Entry;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.GitFacts;
import dev.maturity.probes.git.TreeBounds;
import dev.maturity.probes.git.history.HistoryExtractor;
import dev.maturity.probes.git.history.HistoryWalk;
import dev.maturity.probes.git.history.MlChange;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tree bomb is a dozen objects that expand to ten billion paths: its size is known from those
 * objects alone, the tree walk and the history walk leave it out and name it, and the files beside
 * it are read as if it were not there.
 */
class TreeBombTest {

    @TempDir
    Path tmp;

    private static final String TRAIN = "import mlflow\nmlflow.autolog()\n";

    /** A small ML repository, then a commit that adds {@code bomb/} (10^10 paths) beside it. */
    private Path repoWithBomb(int fanout, int levels) throws IOException {
        Path dir = tmp.resolve("app");
        try (GitRepoBuilder b = GitRepoBuilder.init(dir)) {
            b.files("train.py", TRAIN, "prompts/system.txt", "You answer billing questions.\n").commit("model code");
            try (Git git = Git.open(dir.toFile())) {
                ObjectId bomb = HostileObjects.treeBomb(git.getRepository(), fanout, levels);
                HostileObjects.commitWith(git.getRepository(), GitRepoBuilder.ALICE, "add a bomb",
                        new Entry("bomb", FileMode.TREE, bomb));
            }
        }
        return dir;
    }

    @Test
    void theSizeOfTenBillionPathsIsReadFromElevenObjects() throws IOException {
        Path dir = repoWithBomb(10, 10);
        try (Git git = Git.open(dir.toFile()); ObjectReader reader = git.getRepository().newObjectReader()) {
            ObjectId bomb = git.getRepository().resolve("HEAD:bomb");
            TreeBounds bounds = new TreeBounds(reader, TreeBounds.DEFAULT_MAX_PATHS, TreeBounds.DEFAULT_MAX_DEPTH);
            long start = System.nanoTime();
            TreeBounds.Size size = bounds.size(bomb);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            // 10^10 files plus the 10 + 100 + ... + 10^9 trees above them
            assertThat(size).isEqualTo(new TreeBounds.Size(11_111_111_110L, 10));
        }
    }

    @Test
    void theTreeWalkSkipsTheBombNamesItAndReadsTheRest() throws IOException {
        Path dir = repoWithBomb(10, 10);
        long start = System.nanoTime();
        Facts facts = GitFacts.collect(dir, new HistoryExtractor());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));

        String bomb = GitFacts.resolve(dir, "HEAD:bomb");
        assertThat(facts.unreadable()).extracting(u -> u.location().locator() + " " + u.message()).containsExactly(
                "app@" + GitFacts.head(dir) + ":bomb tree " + bomb + " expands to 11111111110 paths, 10 levels deep,"
                        + " more than 2000000 paths: skipped");
        assertThat(facts.availability(GitCollector.TREE).available()).isTrue();
        assertThat(facts.of(MlChange.class)).extracting(MlChange::paths)
                .containsExactly(List.of("prompts/system.txt", "train.py"));
        assertThat(facts.of(HistoryWalk.class)).singleElement().satisfies(w -> assertThat(w.evidence().detail())
                .endsWith("; subtrees past the tree bounds left out of the diffs: bomb"));
    }

    @Test
    void aTreeDeeperThanTheLimitIsLeftOutBelowTheLimitOnly() throws IOException {
        Path dir = tmp.resolve("deep");
        try (GitRepoBuilder b = GitRepoBuilder.init(dir)) {
            b.files("train.py", TRAIN).commit("model code");
            try (Git git = Git.open(dir.toFile())) {
                HostileObjects.commitWith(git.getRepository(), GitRepoBuilder.ALICE, "deep",
                        new Entry("n", FileMode.TREE, HostileObjects.nested(git.getRepository(), 200)),
                        new Entry("shallow", FileMode.TREE, HostileObjects.nested(git.getRepository(), 10)));
            }
        }
        Facts facts = GitFacts.collect(dir, new HistoryExtractor());
        String at = "deep@" + GitFacts.head(dir) + ":";
        String limit = "n/".repeat(TreeBounds.DEFAULT_MAX_DEPTH - 1) + "n";
        assertThat(facts.unreadable()).extracting(Unreadable::message).singleElement().asString()
                .startsWith("tree ").endsWith(" holds paths deeper than 64 levels: skipped");
        assertThat(facts.unreadable()).extracting(u -> u.location().locator()).containsExactly(at + limit);
    }

    @Test
    void theLimitsAreRubricParameters() throws IOException {
        Path dir = repoWithBomb(10, 3);
        GitCollector collector = new GitCollector(List.of());
        Facts facts = collector.collect(new ScanRequest(List.of(dir.toString()), null, GitFacts.AS_OF, Map.of(), Map.of(),
                dir.getParent(), Map.of(TreeBounds.MAX_PATHS_PARAMETER, 2000))).asFacts();
        assertThat(facts.unreadable()).isEmpty();
        facts = collector.collect(new ScanRequest(List.of(dir.toString()), null, GitFacts.AS_OF, Map.of(), Map.of(),
                dir.getParent(), Map.of(TreeBounds.MAX_PATHS_PARAMETER, 1000))).asFacts();
        assertThat(facts.unreadable()).extracting(Unreadable::message).singleElement().asString()
                .endsWith(" expands to 1110 paths, 3 levels deep, more than 1000 paths: skipped");
    }
}
