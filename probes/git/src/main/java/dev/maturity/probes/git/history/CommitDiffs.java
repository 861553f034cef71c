package dev.maturity.probes.git.history;

import dev.maturity.probes.git.TreeBounds;
import dev.maturity.probes.git.packs.PackFiles;
import dev.maturity.probes.git.packs.PackedTrees;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;

/**
 * Diffs every commit of a walk against its first parent and keeps, of each diff, only the ML paths it changed.
 * The history is cut into contiguous stretches, one per processor (at most {@link #MAX_THREADS}, and only for long
 * histories), each diffed by its own thread with its own reader and caches. Within a stretch, commits go in the
 * order that meets the pack's delta chains from their base end, so each tree version is rebuilt from the previous
 * one with a single delta: oldest first when the pack stores newer trees as deltas of older ones (as
 * {@code git fast-import} and kept thin packs do), newest first otherwise (as {@code git repack -f} and servers do).
 */
final class CommitDiffs {

    static final int MAX_THREADS = 4;
    /** Commits per thread below which a second thread costs more (cold caches) than it saves. */
    static final int MIN_STRETCH = 10_000;
    /** Commit pairs sampled at each end and in the middle of the history to tell the direction of delta chains. */
    private static final int SAMPLES = 16;

    /** What one commit changed among ML paths: every kind, and the first {@link MlChange#MAX_PATHS} paths in tree order. */
    record Changed(Set<PathKind> kinds, List<String> paths) {
        static final Changed NOTHING = new Changed(Set.of(), List.of());
    }

    private CommitDiffs() {
    }

    /**
     * The ML changes of each commit, by its index in {@code commits} (walk order, newest first). A subtree a diff would
     * enter that expands past {@code maxPaths} paths or {@code maxDepth} levels ({@link TreeBounds}) is left out of that
     * diff and reported to {@code skipped}, which the diff threads may call at once.
     */
    static Changed[] diff(Repository repo, MlPaths paths, List<RevCommit> commits, long maxPaths, int maxDepth,
                          TreeBounds.Listener skipped) throws IOException {
        Bounds bounds = new Bounds(maxPaths, maxDepth, skipped);
        Changed[] out = new Changed[commits.size()];
        if (commits.isEmpty()) {
            return out;
        }
        PackFiles packs = new PackFiles(repo);
        long budget = cacheBytes();
        boolean oldestFirst;
        try (Differ probe = new Differ(repo, packs, paths, budget, bounds)) {
            oldestFirst = probe.packed.newerStoredOnOlder(sample(commits));
        }
        int stretches = Math.max(1, Math.min(Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()),
                commits.size() / MIN_STRETCH));
        int size = (commits.size() + stretches - 1) / stretches;
        ExecutorService pool = stretches == 1 ? null : Executors.newFixedThreadPool(stretches - 1, r -> {
            Thread t = new Thread(r, "maturity-history-diff");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int s = 0; s < stretches - 1; s++) {
                int from = s * size;
                int to = Math.min(commits.size(), from + size);
                running.add(CompletableFuture.runAsync(() -> {
                    try {
                        stretch(repo, packs, paths, budget, bounds, commits, from, to, oldestFirst, out);
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                }, pool));
            }
            stretch(repo, packs, paths, budget, bounds, commits, (stretches - 1) * size, commits.size(), oldestFirst, out);
            for (CompletableFuture<Void> f : running) {
                join(f);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
                try {
                    pool.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return out;
    }

    private static void stretch(Repository repo, PackFiles packs, MlPaths paths, long budget, Bounds bounds,
                                List<RevCommit> commits, int from, int to, boolean oldestFirst, Changed[] out) throws IOException {
        try (Differ d = new Differ(repo, packs, paths, budget, bounds)) {
            for (int k = 0; k < to - from; k++) {
                int i = oldestFirst ? to - 1 - k : from + k;
                RevCommit c = commits.get(i);
                out[i] = d.changed(c.getParentCount() == 0 ? null : c.getParent(0).getTree(), c.getTree());
            }
        }
    }

    /** Pairs of (commit tree, first parent tree) from the newest, middle and oldest commits. */
    private static List<RevTree[]> sample(List<RevCommit> commits) {
        List<RevTree[]> pairs = new ArrayList<>();
        int n = commits.size();
        for (int start : new int[] {0, Math.max(0, n / 2 - SAMPLES / 2), Math.max(0, n - SAMPLES)}) {
            for (int i = start; i < Math.min(n, start + SAMPLES); i++) {
                RevCommit c = commits.get(i);
                if (c.getParentCount() > 0) {
                    pairs.add(new RevTree[] {c.getTree(), c.getParent(0).getTree()});
                }
            }
        }
        return pairs;
    }

    /** Each thread keeps the trees it rebuilt within 1/16 of the heap, 8 to 32 MiB. */
    private static long cacheBytes() {
        return Math.max(8L << 20, Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 16));
    }

    private static void join(CompletableFuture<Void> f) throws IOException {
        try {
            f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The tree bounds every diff thread applies, each with a filter of its own. */
    record Bounds(long maxPaths, int maxDepth, TreeBounds.Listener skipped) {
    }

    /** One thread's reader, pack reader and tree diff, and the ML paths of the diff in progress. */
    private static final class Differ implements AutoCloseable {
        final ObjectReader reader;
        final PackedTrees packed;
        final TreeDiff diff;
        final MlPaths paths;
        Set<PathKind> kinds;
        List<String> changed;

        Differ(Repository repo, PackFiles packs, MlPaths paths, long budget, Bounds bounds) {
            this.reader = repo.newObjectReader();
            this.packed = new PackedTrees(packs, reader, budget);
            this.diff = new TreeDiff(packed::tree,
                    new TreeBounds(reader, bounds.maxPaths(), bounds.maxDepth()).filter(bounds.skipped()));
            this.paths = paths;
        }

        Changed changed(RevTree parent, RevTree tree) throws IOException {
            kinds = null;
            changed = null;
            diff.diff(parent, tree, this::file);
            return kinds == null ? Changed.NOTHING : new Changed(kinds, changed);
        }

        private void file(String path) {
            Set<PathKind> k = paths.classify(path);
            if (k.isEmpty()) {
                return;
            }
            if (kinds == null) {
                kinds = EnumSet.noneOf(PathKind.class);
                changed = new ArrayList<>(4);
            }
            kinds.addAll(k);
            if (changed.size() < MlChange.MAX_PATHS) {
                changed.add(path);
            }
        }

        @Override
        public void close() {
            packed.close();
            reader.close();
        }
    }
}
