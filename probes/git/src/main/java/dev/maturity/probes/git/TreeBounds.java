package dev.maturity.probes.git;

import java.io.IOException;
import java.util.Map;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectIdSubclassMap;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The guard every walk over a git tree passes through: what a tree expands to (paths, depth) is
 * computed per tree id, memoised, from the tree objects alone, before the walk enters it. A tree
 * bomb (a tree holding ten copies of a tree holding ten copies of ...) is a dozen objects and costs
 * a dozen reads here, however many paths it expands to.
 *
 * <p>A walk enters a subtree only when it fits: at most {@link #maxPaths} paths (what is left of
 * them in this walk) and no path deeper than {@link #maxDepth} segments. A subtree that fits is
 * entered whole without further checks; one that is too large is skipped and reported; one that
 * is only too deep is entered and its too-deep part skipped. Every walk so bounded visits at most
 * about {@code maxPaths} entries. Set by the rubric parameters {@value #MAX_PATHS_PARAMETER} and
 * {@value #MAX_DEPTH_PARAMETER}.
 */
public final class TreeBounds {

    public static final String MAX_PATHS_PARAMETER = "tree.max-paths";
    public static final String MAX_DEPTH_PARAMETER = "tree.max-depth";
    public static final long DEFAULT_MAX_PATHS = 2_000_000L;
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** Tree sizes remembered at most; past it the memo starts over (a history of many commits keeps making new trees). */
    private static final int MAX_REMEMBERED = 500_000;

    /** What a tree expands to: entries at every level (files, links, subtrees) and the segments of its deepest path. */
    public record Size(long paths, int depth) {
    }

    /** A subtree a walk left out, with why; {@code size} is null when its objects could not be read. */
    public record Skipped(String path, ObjectId tree, Size size, String reason) {
    }

    /** Told of each subtree a walk leaves out. */
    public interface Listener {
        void skipped(Skipped skipped);
    }

    private final ObjectReader reader;
    private final long maxPaths;
    private final int maxDepth;
    private final ObjectIdSubclassMap<Measured> sizes = new ObjectIdSubclassMap<>();

    public TreeBounds(ObjectReader reader, long maxPaths, int maxDepth) {
        this.reader = reader;
        this.maxPaths = maxPaths;
        this.maxDepth = maxDepth;
    }

    /** The bounds the rubric's parameters set, else the defaults. */
    public static TreeBounds of(ObjectReader reader, Map<String, Object> parameters) {
        return new TreeBounds(reader, number(parameters.get(MAX_PATHS_PARAMETER), DEFAULT_MAX_PATHS),
                (int) number(parameters.get(MAX_DEPTH_PARAMETER), DEFAULT_MAX_DEPTH));
    }

    private static long number(Object value, long dflt) {
        if (value instanceof Number n && n.longValue() > 0) {
            return n.longValue();
        }
        try {
            long v = value == null ? dflt : Long.parseLong(value.toString().strip());
            return v > 0 ? v : dflt;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    public long maxPaths() {
        return maxPaths;
    }

    public int maxDepth() {
        return maxDepth;
    }

    /**
     * What the tree expands to, memoised per id; a depth past {@link #maxDepth} is not followed
     * further (reported as {@code maxDepth + 1}), so hostile nesting cannot exhaust the stack.
     */
    public Size size(AnyObjectId tree) throws IOException {
        return size(tree, 0);
    }

    private Size size(AnyObjectId tree, int level) throws IOException {
        Measured m = measure(tree, level);
        return new Size(m.paths, m.depth);
    }

    /** A measured tree: its id, and what it expands to. */
    private static final class Measured extends ObjectId {
        final long paths;
        final int depth;

        Measured(AnyObjectId id, long paths, int depth) {
            super(id);
            this.paths = paths;
            this.depth = depth;
        }
    }

    /**
     * Reads the tree object's entries straight from its bytes ({@code <octal mode> <name>\0<20-byte id>}),
     * looking subtrees up in the memo without allocating an id per entry: the guard's cost in a history
     * walk is one more read of each tree that changed, which the diff reads anyway.
     */
    private Measured measure(AnyObjectId tree, int level) throws IOException {
        Measured known = sizes.get(tree);
        if (known != null) {
            return known;
        }
        if (level > maxDepth) {
            return new Measured(tree, 1, maxDepth + 1); // not remembered: deeper than any walk goes
        }
        byte[] raw = reader.open(tree, Constants.OBJ_TREE).getCachedBytes();
        MutableObjectId child = new MutableObjectId();
        long paths = 0;
        int depth = 1;
        int i = 0;
        while (i < raw.length) {
            int mode = 0;
            for (; i < raw.length && raw[i] != ' '; i++) {
                mode = (mode << 3) + (raw[i] - '0');
            }
            while (i < raw.length && raw[i] != 0) {
                i++;
            }
            if (i + 1 + Constants.OBJECT_ID_LENGTH > raw.length) {
                throw new CorruptObjectException("tree " + tree.name() + " is truncated");
            }
            paths = paths == Long.MAX_VALUE ? paths : paths + 1;
            if ((mode & FileMode.TYPE_MASK) == FileMode.TYPE_TREE) {
                child.fromRaw(raw, i + 1);
                Measured sub = measure(child, level + 1);
                long p = paths + sub.paths;
                paths = p < 0 ? Long.MAX_VALUE : p;
                depth = Math.max(depth, sub.depth + 1);
            }
            i += 1 + Constants.OBJECT_ID_LENGTH;
        }
        if (sizes.size() >= MAX_REMEMBERED) {
            sizes.clear();
        }
        Measured m = new Measured(tree, paths, depth);
        sizes.add(m);
        return m;
    }

    /** A fresh filter for one walk, with the whole path budget; add it to the walk's filters last. */
    public Filter filter(Listener listener) {
        return new Filter(listener);
    }

    /**
     * Decides, for each subtree a {@link TreeWalk} (recursive, one tree or several) is about to
     * enter, whether it may. Not thread-safe: one filter per walk; {@link #restart} before reusing
     * it for the next walk (for example the next commit's diff).
     */
    public final class Filter extends TreeFilter {

        private final Listener listener;
        private long spent;
        private int trustedAt = -1;

        private Filter(Listener listener) {
            this.listener = listener;
        }

        /** Gives the whole path budget back, for the next walk. */
        public void restart() {
            spent = 0;
            trustedAt = -1;
        }

        @Override
        public boolean include(TreeWalk walker) throws IOException {
            if (!walker.isSubtree()) {
                return admit(walker.getDepth(), null);
            }
            AnyObjectId[] sides = new AnyObjectId[walker.getTreeCount()];
            for (int i = 0; i < sides.length; i++) {
                sides[i] = FileMode.TREE.equals(walker.getRawMode(i)) ? walker.getObjectId(i) : null;
            }
            return admit(walker.getDepth(), walker::getPathString, sides);
        }

        /**
         * The decision for one entry of a walk that is not a {@link TreeWalk} (a diff of its own, say),
         * visited depth first: {@code depth} 0 at the root's entries; {@code trees} null for a file,
         * else each side's tree id (null for a side where the entry is not a tree). True when the walk
         * may go on into it; a subtree refused is reported to the listener with {@code path}.
         */
        public boolean admit(int depth, java.util.function.Supplier<String> path, AnyObjectId... trees) {
            if (trustedAt >= 0 && depth > trustedAt) {
                return true;
            }
            trustedAt = -1;
            spent++;
            if (trees == null || trees.length == 0) {
                return true;
            }
            Size largest = new Size(0, 0);
            ObjectId largestId = null;
            for (AnyObjectId id : trees) {
                if (id == null) {
                    continue;
                }
                Size s;
                try {
                    s = size(id);
                } catch (MissingObjectException e) {
                    return skip(path, id, null, "tree " + id.getName() + " is missing from the object store: not read");
                } catch (IOException e) {
                    return skip(path, id, null, "tree " + id.getName() + " cannot be read: " + e.getMessage());
                }
                if (largestId == null || s.paths() > largest.paths() || s.depth() > largest.depth()) {
                    largest = new Size(Math.max(s.paths(), largest.paths()), Math.max(s.depth(), largest.depth()));
                    largestId = id.copy();
                }
            }
            if (largestId == null) {
                return true;
            }
            if (largest.paths() > maxPaths - spent) {
                return skip(path, largestId, largest, largest.paths() > maxPaths
                        ? "tree " + largestId.getName() + " expands to " + describe(largest) + ", more than " + maxPaths
                                + " paths: skipped"
                        : "tree " + largestId.getName() + " expands to " + describe(largest) + ", past what is left of "
                                + maxPaths + " paths in this walk: skipped");
            }
            int deepest = depth + 1 + largest.depth();
            if (deepest <= maxDepth) {
                spent += largest.paths();
                trustedAt = depth;
                return true;
            }
            if (depth + 2 > maxDepth) {
                return skip(path, largestId, largest, "tree " + largestId.getName() + " holds paths deeper than "
                        + maxDepth + " levels: skipped");
            }
            return true; // only too deep: entered, its entries checked one by one
        }

        private boolean skip(java.util.function.Supplier<String> path, AnyObjectId id, Size size, String reason) {
            listener.skipped(new Skipped(path.get(), id.copy(), size, reason));
            return false;
        }

        @Override
        public boolean shouldBeRecursive() {
            return false;
        }

        @Override
        public TreeFilter clone() {
            return this;
        }

        @Override
        public String toString() {
            return "TREE_BOUNDS(" + maxPaths + " paths, depth " + maxDepth + ")";
        }
    }

    static String describe(Size size) {
        return size.paths() + " paths, " + size.depth() + " levels deep";
    }
}
