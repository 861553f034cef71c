package dev.maturity.probes.git.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.maturity.probes.git.packs.PackFiles;
import dev.maturity.probes.git.packs.PackedTrees;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trees read straight from packs are byte for byte what JGit reads, whichever way the pack's delta chains run. */
class PackedTreesTest {

    static PackedRepositories repos;

    @BeforeAll
    static void generate() throws Exception {
        repos = PackedRepositories.shared();
    }

    @Test
    void everyTreeOfAFastImportPackReadsAsJGitReadsIt() throws IOException {
        assertThat(compareEveryTree(repos.fastImport)).isGreaterThan(5_000);
    }

    @Test
    void everyTreeOfARepackedPackReadsAsJGitReadsIt() throws IOException {
        assertThat(compareEveryTree(repos.repacked)).isGreaterThan(5_000);
    }

    @Test
    void theDirectionOfDeltaChainsIsReadFromThePack() throws IOException {
        assertThat(newerStoredOnOlder(repos.fastImport)).isTrue();
        assertThat(newerStoredOnOlder(repos.repacked)).isFalse();
    }

    @Test
    void looseTreesComeThroughJGitAndABlobIsNotATree() throws IOException {
        try (Repository repo = open(repos.withLooseCommits.resolve(".git")); ObjectReader reader = repo.newObjectReader();
             RevWalk rw = new RevWalk(reader);
             PackedTrees packed = new PackedTrees(new PackFiles(repo), reader, 1 << 20)) {
            RevCommit head = rw.parseCommit(repo.resolve("HEAD"));
            assertThat(packed.tree(head.getTree())).isEqualTo(reader.open(head.getTree()).getCachedBytes());
            assertThat(packed.throughJGit()).isEqualTo(1);
            ObjectId blob = repo.resolve("HEAD:src/pkg1/sub0/module0.java");
            assertThatThrownBy(() -> packed.tree(blob)).isInstanceOf(IncorrectObjectTypeException.class);
        }
    }

    /** Reads every tree object in the repository's packs both ways; how many there were. */
    private static int compareEveryTree(Path dir) throws IOException {
        int trees = 0;
        try (Repository repo = open(dir); ObjectReader reader = repo.newObjectReader();
             PackedTrees packed = new PackedTrees(new PackFiles(repo), reader, 256 * 1024)) {
            for (Pack pack : ((ObjectDirectory) repo.getObjectDatabase()).getPacks()) {
                for (PackIndex.MutableEntry e : pack.getIndex()) {
                    ObjectId id = e.toObjectId();
                    if (reader.open(id).getType() == Constants.OBJ_TREE) {
                        assertThat(packed.tree(id)).as("tree %s", id.name()).isEqualTo(reader.open(id).getCachedBytes());
                        trees++;
                    }
                }
            }
            assertThat(packed.throughJGit()).as("trees read through JGit").isZero();
        }
        return trees;
    }

    private static boolean newerStoredOnOlder(Path dir) throws IOException {
        try (Repository repo = open(dir); ObjectReader reader = repo.newObjectReader(); RevWalk rw = new RevWalk(reader);
             PackedTrees packed = new PackedTrees(new PackFiles(repo), reader, 1 << 20)) {
            List<RevTree[]> pairs = new ArrayList<>();
            rw.markStart(rw.parseCommit(repo.resolve("HEAD")));
            for (RevCommit c = rw.next(); c != null && pairs.size() < 40; c = rw.next()) {
                if (c.getParentCount() > 0) {
                    pairs.add(new RevTree[] {c.getTree(), c.getParent(0).getTree()});
                }
            }
            return packed.newerStoredOnOlder(pairs);
        }
    }

    private static Repository open(Path gitDir) throws IOException {
        return new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
    }
}
