package dev.maturity.probes.git.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The raw-tree diff reports the same files, in the same order, as a recursive TreeWalk with ANY_DIFF: over generated
 * pairs of trees in a real repository with files turned into directories and back, mode changes, symlinks,
 * submodules, names that sort around the slash ({@code a}, {@code a.b}, {@code a-b}, {@code a0}) and non-ASCII names.
 */
class TreeDiffTest {

    private static final String[] NAMES = {"a", "a.b", "a-b", "a0", "b", "é", "z~", "prompts", "evals", "x.py"};
    private static final FileMode[] MODES = {FileMode.REGULAR_FILE, FileMode.REGULAR_FILE, FileMode.REGULAR_FILE,
            FileMode.EXECUTABLE_FILE, FileMode.SYMLINK, FileMode.GITLINK};

    @TempDir
    Path tmp;

    @Test
    void generatedTreePairsDiffExactlyAsTreeWalkDoes() throws IOException {
        Random random = new Random(17);
        int reported = 0;
        try (Repository repo = FileRepositoryBuilder.create(tmp.resolve("r.git").toFile())) {
            repo.create(true);
            try (ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader()) {
                TreeDiff diff = new TreeDiff(id -> reader.open(id, Constants.OBJ_TREE).getCachedBytes(), unbounded(reader));
                for (int round = 0; round < 300; round++) {
                    Map<String, Entry> before = generate(random);
                    Map<String, Entry> after = mutate(random, before);
                    ObjectId a = write(ins, before);
                    ObjectId b = write(ins, after);
                    ins.flush();
                    List<String> expected = treeWalk(repo, reader, round % 10 == 0 ? null : a, b);
                    List<String> actual = new ArrayList<>();
                    diff.diff(round % 10 == 0 ? null : a, b, actual::add);
                    assertThat(actual).as("round %d", round).isEqualTo(expected);
                    reported += actual.size();
                }
            }
        }
        assertThat(reported).isGreaterThan(1_500);
    }

    @Test
    void identicalTreesReportNothing() throws IOException {
        try (Repository repo = FileRepositoryBuilder.create(tmp.resolve("same.git").toFile())) {
            repo.create(true);
            try (ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader()) {
                ObjectId t = write(ins, generate(new Random(1)));
                ins.flush();
                List<String> actual = new ArrayList<>();
                new TreeDiff(id -> reader.open(id, Constants.OBJ_TREE).getCachedBytes(), unbounded(reader)).diff(t, t, actual::add);
                assertThat(actual).isEmpty();
            }
        }
    }

    private record Entry(FileMode mode, String content) {
    }

    private static Map<String, Entry> generate(Random random) {
        Map<String, Entry> files = new LinkedHashMap<>();
        int n = 1 + random.nextInt(25);
        for (int i = 0; i < n; i++) {
            put(files, path(random), entry(random));
        }
        return files;
    }

    private static Map<String, Entry> mutate(Random random, Map<String, Entry> before) {
        Map<String, Entry> after = new LinkedHashMap<>(before);
        for (String p : before.keySet()) {
            int r = random.nextInt(10);
            if (r == 0) {
                after.remove(p);
            } else if (r == 1) {
                after.put(p, entry(random));
            } else if (r == 2) {
                after.put(p, new Entry(MODES[random.nextInt(MODES.length)], before.get(p).content()));
            } else if (r == 3) {
                after.remove(p);
                put(after, p + "/" + NAMES[random.nextInt(NAMES.length)], entry(random)); // a file becomes a directory
            }
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            put(after, path(random), entry(random));
        }
        return after;
    }

    /** Adds a file, dropping whatever would clash with it (a file where a directory is needed, or the reverse). */
    private static void put(Map<String, Entry> files, String path, Entry e) {
        files.keySet().removeIf(p -> p.startsWith(path + "/") || path.startsWith(p + "/"));
        files.put(path, e);
    }

    private static String path(Random random) {
        StringBuilder sb = new StringBuilder(NAMES[random.nextInt(NAMES.length)]);
        for (int depth = random.nextInt(4); depth > 0; depth--) {
            sb.append('/').append(NAMES[random.nextInt(NAMES.length)]);
        }
        return sb.toString();
    }

    private static Entry entry(Random random) {
        return new Entry(MODES[random.nextInt(MODES.length)], "v" + random.nextInt(3));
    }

    private static ObjectId write(ObjectInserter ins, Map<String, Entry> files) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, Entry> f : files.entrySet()) {
            DirCacheEntry e = new DirCacheEntry(f.getKey());
            e.setFileMode(f.getValue().mode());
            byte[] bytes = f.getValue().content().getBytes(StandardCharsets.UTF_8);
            e.setObjectId(f.getValue().mode() == FileMode.GITLINK
                    ? ObjectId.fromRaw(Constants.newMessageDigest().digest(bytes)) // a submodule commit, not stored here
                    : ins.insert(Constants.OBJ_BLOB, bytes));
            builder.add(e);
        }
        builder.finish();
        return index.writeTree(ins);
    }

    private static List<String> treeWalk(Repository repo, ObjectReader reader, ObjectId a, ObjectId b) throws IOException {
        List<String> out = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(repo, reader)) {
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            if (a == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(a);
            }
            tw.addTree(b);
            while (tw.next()) {
                out.add(tw.getPathString());
            }
        }
        return out;
    }

    /** Bounds no test tree reaches: a refused subtree fails the test. */
    static dev.maturity.probes.git.TreeBounds.Filter unbounded(org.eclipse.jgit.lib.ObjectReader reader) {
        return new dev.maturity.probes.git.TreeBounds(reader, Long.MAX_VALUE / 2, Integer.MAX_VALUE / 2)
                .filter(s -> {
                    throw new AssertionError("skipped " + s);
                });
    }
}
