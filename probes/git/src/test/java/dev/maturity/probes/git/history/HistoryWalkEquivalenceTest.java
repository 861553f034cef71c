package dev.maturity.probes.git.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The history walk records, for every commit of packed repositories (both directions of delta chains, and loose
 * commits on top), exactly the ML paths and kinds a JGit TreeWalk with ANY_DIFF against the first parent finds, and
 * counts each kind's changes on the first-parent line exactly as often.
 */
class HistoryWalkEquivalenceTest {

    static PackedRepositories repos;

    @BeforeAll
    static void generate() throws Exception {
        repos = PackedRepositories.shared();
    }

    @Test
    void aFastImportPackWalksLikeTreeWalk() throws IOException {
        assertWalkedLikeTreeWalk(repos.fastImport, repos.fastImport);
    }

    @Test
    void aRepackedPackWalksLikeTreeWalk() throws IOException {
        assertWalkedLikeTreeWalk(repos.repacked, repos.repacked);
    }

    @Test
    void looseCommitsOnAPackWalkLikeTreeWalk() throws IOException {
        assertWalkedLikeTreeWalk(repos.withLooseCommits, repos.withLooseCommits.resolve(".git"));
    }

    private static void assertWalkedLikeTreeWalk(Path target, Path gitDir) throws IOException {
        Facts facts = Scanned.facts(PackedRepositories.asOf(), target);
        Map<String, MlChange> recorded = facts.of(MlChange.class).stream()
                .collect(Collectors.toMap(MlChange::commit, Function.identity()));
        MlPaths ml = MlPaths.from(RubricLoader.loadDefault().parameters());
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Map<PathKind, Integer> mainlineCounts = new EnumMap<>(PathKind.class);
        try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build();
             RevWalk rw = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            RevCommit head = rw.parseCommit(repo.resolve("HEAD"));
            Set<RevCommit> mainline = new HashSet<>();
            for (RevCommit c = head; c != null; c = c.getParentCount() == 0 ? null : rw.parseCommit(c.getParent(0))) {
                mainline.add(c);
            }
            rw.markStart(head);
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            for (RevCommit c = rw.next(); c != null; c = rw.next()) {
                tw.reset();
                if (c.getParentCount() == 0) {
                    tw.addTree(new EmptyTreeIterator());
                } else {
                    tw.addTree(c.getParent(0).getTree());
                }
                tw.addTree(c.getTree());
                List<String> paths = new ArrayList<>();
                Set<PathKind> kinds = EnumSet.noneOf(PathKind.class);
                while (tw.next()) {
                    Set<PathKind> k = ml.classify(tw.getPathString());
                    if (!k.isEmpty() && paths.size() < MlChange.MAX_PATHS) {
                        paths.add(tw.getPathString());
                    }
                    kinds.addAll(k);
                }
                if (!kinds.isEmpty()) {
                    expected.put(c.getName(), paths);
                    assertThat(recorded.get(c.getName())).as("commit %s", c.getName()).isNotNull()
                            .satisfies(m -> assertThat(m.kinds()).isEqualTo(kinds));
                    if (mainline.contains(c)) {
                        kinds.forEach(k -> mainlineCounts.merge(k, 1, Integer::sum));
                    }
                }
            }
        }
        assertThat(recorded.keySet()).isEqualTo(expected.keySet());
        expected.forEach((commit, paths) -> assertThat(recorded.get(commit).paths()).as(commit).isEqualTo(paths));
        Map<PathKind, Integer> counted = facts.of(PathActivity.class).stream()
                .collect(Collectors.toMap(PathActivity::kind, PathActivity::changes));
        assertThat(counted).isEqualTo(mainlineCounts);
        assertThat(expected).hasSizeGreaterThan(400);
    }
}
