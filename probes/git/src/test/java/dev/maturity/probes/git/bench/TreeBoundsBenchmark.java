package dev.maturity.probes.git.bench;

import dev.maturity.probes.git.TreeBounds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Benchmark command (not a test): what the {@link TreeBounds} guard costs on an ordinary large
 * repository (the history benchmark's: 21,400 files, 100,000 commits). Two walks, each timed
 * without the guard and with it (a fresh guard per round, as each scan has), rounds interleaved and
 * alternating which goes first, in one JVM: the recursive walk of the tree at HEAD, and the history
 * pass's diff of every commit against its first parent ({@code ANY_DIFF}). Prints medians and ratios.
 * Usage: TreeBoundsBenchmark [REPO_DIR] [COMMITS] [ROUNDS]
 */
public final class TreeBoundsBenchmark {

    private TreeBoundsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-repo.git").toAbsolutePath();
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (!BenchRepository.exists(dir)) {
            BenchRepository.generate(dir, commits, 20_000, 1_400);
        }
        try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build()) {
            long[][] tree = new long[2][rounds];
            long[][] history = new long[2][rounds];
            long entries = 0;
            long diffs = 0;
            for (int r = 0; r <= rounds; r++) {
                for (int k = 0; k < 2; k++) {
                    boolean guarded = (r + k) % 2 == 1;
                    long t0 = System.nanoTime();
                    entries = walkHead(repo, guarded);
                    long t1 = System.nanoTime();
                    diffs = diffHistory(repo, guarded);
                    long t2 = System.nanoTime();
                    if (r > 0) {
                        tree[guarded ? 1 : 0][r - 1] = t1 - t0;
                        history[guarded ? 1 : 0][r - 1] = t2 - t1;
                    }
                    System.out.printf("round %d%s %s guard: tree walk %.1f ms, history diffs %.1f s%n", r, r == 0 ? " (warm-up)" : "",
                            guarded ? "with" : "without", (t1 - t0) / 1e6, (t2 - t1) / 1e9);
                }
            }
            System.out.printf("repository %s: %d entries at HEAD, %d diff entries over history%n", dir, entries, diffs);
            print("tree walk at HEAD", tree);
            print("history diffs", history);
        }
    }

    private static void print(String what, long[][] times) {
        double plain = median(times[0]) / 1e6;
        double guarded = median(times[1]) / 1e6;
        System.out.printf("%-18s without guard %8.1f ms, with guard %8.1f ms, ratio %.3f (medians of %d interleaved rounds)%n",
                what, plain, guarded, guarded / plain, times[0].length);
    }

    /** Entries the recursive walk of HEAD's tree visits. */
    private static long walkHead(Repository repo, boolean guarded) throws IOException {
        try (ObjectReader reader = repo.newObjectReader(); RevWalk rw = new RevWalk(reader); TreeWalk tw = new TreeWalk(repo, reader)) {
            tw.addTree(rw.parseCommit(repo.resolve("HEAD")).getTree());
            tw.setRecursive(true);
            if (guarded) {
                tw.setFilter(TreeBounds.of(reader, java.util.Map.of()).filter(s -> { }));
            }
            long n = 0;
            while (tw.next()) {
                n++;
            }
            return n;
        }
    }

    /** Entries that differ between each commit and its first parent, over the whole history. */
    private static long diffHistory(Repository repo, boolean guarded) throws IOException {
        try (ObjectReader reader = repo.newObjectReader(); RevWalk rw = new RevWalk(reader); TreeWalk tw = new TreeWalk(repo, reader)) {
            rw.setRetainBody(false);
            rw.markStart(rw.parseCommit(repo.resolve("HEAD")));
            tw.setRecursive(true);
            TreeBounds.Filter bounds = TreeBounds.of(reader, java.util.Map.of()).filter(s -> { });
            tw.setFilter(guarded ? AndTreeFilter.create(TreeFilter.ANY_DIFF, bounds) : TreeFilter.ANY_DIFF);
            long n = 0;
            for (RevCommit c = rw.next(); c != null; c = rw.next()) {
                tw.reset();
                bounds.restart();
                if (c.getParentCount() == 0) {
                    tw.addTree(new EmptyTreeIterator());
                } else {
                    tw.addTree(c.getParent(0).getTree());
                }
                tw.addTree(c.getTree());
                while (tw.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
