package dev.maturity.probes.git.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.util.RawParseUtils;
import dev.maturity.probes.git.TreeBounds;

/**
 * The files that differ between two trees, in the order and with the paths a recursive JGit {@code TreeWalk}
 * filtered by {@code TreeFilter.ANY_DIFF} reports them: entries are merged in git's tree order (a subtree sorts as
 * if its name ended in a slash), an entry counts as changed when its mode or id differs or it is on one side only,
 * and only subtrees whose ids differ are entered. It reads the raw tree objects itself instead: no iterator per
 * tree, runs of identical entries skipped with one vectorised comparison, and recent trees remembered by id, so a
 * commit's tree, which is usually its child's parent tree, is fetched once. Every subtree it would enter passes
 * the walk's {@link TreeBounds} first (expanded size per tree id, memoised), so a handful of objects that expand to
 * billions of paths is skipped and reported, not walked. One instance per thread.
 */
final class TreeDiff {

    private static final byte[] EMPTY = new byte[0];
    /** Trees remembered by id, one per slot of their id's hash: the parent trees of a diff are the next diff's trees. */
    private static final int RECENT = 1024;
    private static final int TYPE_MASK = 0170000;
    private static final int TYPE_TREE = 0040000;

    /** Receives each changed file path (never a directory). */
    interface Sink {
        void changed(String path);
    }

    /** Where raw tree objects come from. */
    interface Trees {
        byte[] tree(AnyObjectId id) throws IOException;
    }

    private final Trees trees;
    private final TreeBounds.Filter bounds;
    private final ObjectId[] recentIds = new ObjectId[RECENT];
    private final byte[][] recent = new byte[RECENT][];
    private final MutableObjectId lookup = new MutableObjectId();
    private final List<Frame> frames = new ArrayList<>();
    private byte[] path = new byte[256];

    TreeDiff(Trees trees, TreeBounds.Filter bounds) {
        this.trees = trees;
        this.bounds = bounds;
    }

    /** One level being merged: the old and new raw trees, the position in each, and the length of the path prefix. */
    private static final class Frame {
        byte[] a;
        int ai;
        byte[] b;
        int bi;
        int prefix;
    }

    /** Reports every file that differs from {@code oldTree} (null: the empty tree) to {@code newTree}. */
    void diff(AnyObjectId oldTree, AnyObjectId newTree, Sink sink) throws IOException {
        bounds.restart();
        int depth = push(0, oldTree == null ? EMPTY : tree(oldTree), tree(newTree), 0);
        while (depth > 0) {
            Frame f = frames.get(depth - 1);
            boolean aLeft = f.ai < f.a.length;
            boolean bLeft = f.bi < f.b.length;
            if (!aLeft && !bLeft) {
                depth--;
                continue;
            }
            if (aLeft && bLeft && skipIdentical(f)) {
                continue;
            }
            int aName = aLeft ? nameStart(f.a, f.ai) : 0;
            int aEnd = aLeft ? nameEnd(f.a, aName) : 0;
            int bName = bLeft ? nameStart(f.b, f.bi) : 0;
            int bEnd = bLeft ? nameEnd(f.b, bName) : 0;
            int aMode = aLeft ? mode(f.a, f.ai) : 0;
            int bMode = bLeft ? mode(f.b, f.bi) : 0;
            int cmp = !aLeft ? 1 : !bLeft ? -1 : compare(f.a, aName, aEnd, aMode, f.b, bName, bEnd, bMode);
            if (cmp < 0) {
                f.ai = aEnd + 1 + Constants.OBJECT_ID_LENGTH;
                depth = visit(depth, f, f.a, aName, aEnd, aMode, true, sink);
            } else if (cmp > 0) {
                f.bi = bEnd + 1 + Constants.OBJECT_ID_LENGTH;
                depth = visit(depth, f, f.b, bName, bEnd, bMode, false, sink);
            } else {
                f.ai = aEnd + 1 + Constants.OBJECT_ID_LENGTH;
                f.bi = bEnd + 1 + Constants.OBJECT_ID_LENGTH;
                boolean same = aMode == bMode && Arrays.equals(f.a, aEnd + 1, f.ai, f.b, bEnd + 1, f.bi);
                if (same) {
                    continue;
                }
                if (isTree(aMode) && isTree(bMode)) {
                    if (admit(depth, f, f.b, bName, bEnd, ObjectId.fromRaw(f.a, aEnd + 1), ObjectId.fromRaw(f.b, bEnd + 1))) {
                        int prefix = appendDirectory(f.prefix, f.b, bName, bEnd);
                        depth = push(depth, tree(f.a, aEnd + 1), tree(f.b, bEnd + 1), prefix);
                    }
                } else {
                    bounds.admit(depth - 1, null);
                    sink.changed(file(f.prefix, f.b, bName, bEnd));
                }
            }
        }
    }

    /**
     * Moves both sides past the entries they share byte for byte from the current positions (same mode, name and
     * id); true when it moved.
     */
    private static boolean skipIdentical(Frame f) throws CorruptObjectException {
        int same = Arrays.mismatch(f.a, f.ai, f.a.length, f.b, f.bi, f.b.length);
        if (same < 0) {
            f.ai = f.a.length;
            f.bi = f.b.length;
            return true;
        }
        int skip = 0;
        while (f.ai + skip < f.a.length) {
            int end = entryEnd(f.a, f.ai + skip) - f.ai;
            if (end > same) {
                break;
            }
            skip = end;
        }
        f.ai += skip;
        f.bi += skip;
        return skip > 0;
    }

    private static int entryEnd(byte[] raw, int pos) throws CorruptObjectException {
        return nameEnd(raw, nameStart(raw, pos)) + 1 + Constants.OBJECT_ID_LENGTH;
    }

    /** An entry on one side only: a file is reported, a subtree is entered against nothing. */
    private int visit(int depth, Frame f, byte[] raw, int name, int end, int mode, boolean old, Sink sink) throws IOException {
        if (!isTree(mode)) {
            bounds.admit(depth - 1, null);
            sink.changed(file(f.prefix, raw, name, end));
            return depth;
        }
        if (!admit(depth, f, raw, name, end, ObjectId.fromRaw(raw, end + 1))) {
            return depth;
        }
        int prefix = appendDirectory(f.prefix, raw, name, end);
        byte[] sub = tree(raw, end + 1);
        return old ? push(depth, sub, EMPTY, prefix) : push(depth, EMPTY, sub, prefix);
    }

    /** Whether the subtree named at {@code name..end} of the frame's level (trees: each side's id) may be entered. */
    private boolean admit(int depth, Frame f, byte[] raw, int name, int end, ObjectId... sides) {
        return bounds.admit(depth - 1, () -> file(f.prefix, raw, name, end), sides);
    }

    private int push(int depth, byte[] a, byte[] b, int prefix) {
        if (depth == frames.size()) {
            frames.add(new Frame());
        }
        Frame f = frames.get(depth);
        f.a = a;
        f.ai = 0;
        f.b = b;
        f.bi = 0;
        f.prefix = prefix;
        return depth + 1;
    }

    private String file(int prefix, byte[] raw, int name, int end) {
        int len = prefix + end - name;
        ensure(len);
        System.arraycopy(raw, name, path, prefix, end - name);
        for (int i = 0; i < len; i++) {
            if (path[i] < 0) {
                return RawParseUtils.decode(path, 0, len); // UTF-8, or the fallback JGit applies to other bytes
            }
        }
        return new String(path, 0, len, StandardCharsets.ISO_8859_1); // ASCII: the same string, decoded without a decoder
    }

    private int appendDirectory(int prefix, byte[] raw, int name, int end) {
        int len = prefix + end - name + 1;
        ensure(len);
        System.arraycopy(raw, name, path, prefix, end - name);
        path[len - 1] = '/';
        return len;
    }

    private void ensure(int len) {
        if (len > path.length) {
            path = Arrays.copyOf(path, Math.max(len, path.length * 2));
        }
    }

    private byte[] tree(byte[] raw, int idPos) throws IOException {
        lookup.fromRaw(raw, idPos);
        return tree(lookup);
    }

    private byte[] tree(AnyObjectId id) throws IOException {
        int slot = id.hashCode() & (RECENT - 1);
        ObjectId known = recentIds[slot];
        if (known != null && AnyObjectId.isEqual(known, id)) {
            return recent[slot];
        }
        byte[] raw = trees.tree(id);
        recentIds[slot] = id.toObjectId();
        recent[slot] = raw;
        return raw;
    }

    private static boolean isTree(int mode) {
        return (mode & TYPE_MASK) == TYPE_TREE;
    }

    private static int mode(byte[] raw, int pos) throws CorruptObjectException {
        int mode = 0;
        for (int i = pos; i < raw.length; i++) {
            byte c = raw[i];
            if (c == ' ') {
                return mode;
            }
            if (c < '0' || c > '7') {
                break;
            }
            mode = (mode << 3) + (c - '0');
        }
        throw new CorruptObjectException("tree entry with a malformed mode at byte " + pos);
    }

    private static int nameStart(byte[] raw, int pos) throws CorruptObjectException {
        for (int i = pos; i < raw.length; i++) {
            if (raw[i] == ' ') {
                return i + 1;
            }
        }
        throw new CorruptObjectException("truncated tree entry at byte " + pos);
    }

    private static int nameEnd(byte[] raw, int nameStart) throws CorruptObjectException {
        for (int i = nameStart; i < raw.length; i++) {
            if (raw[i] == 0) {
                if (i + 1 + Constants.OBJECT_ID_LENGTH > raw.length) {
                    break;
                }
                return i;
            }
        }
        throw new CorruptObjectException("truncated tree entry at byte " + nameStart);
    }

    /** Git's tree order: bytes compared unsigned, a subtree's name continuing with a slash. */
    private static int compare(byte[] a, int aPos, int aEnd, int aMode, byte[] b, int bPos, int bEnd, int bMode) {
        int n = Math.min(aEnd - aPos, bEnd - bPos);
        int at = Arrays.mismatch(a, aPos, aPos + n, b, bPos, bPos + n);
        if (at >= 0) {
            return (a[aPos + at] & 0xff) - (b[bPos + at] & 0xff);
        }
        int cmp;
        if (aPos + n < aEnd) {
            cmp = (a[aPos + n] & 0xff) - lastChar(bMode);
        } else if (bPos + n < bEnd) {
            cmp = lastChar(aMode) - (b[bPos + n] & 0xff);
        } else {
            cmp = 0;
        }
        return cmp != 0 ? cmp : lastChar(aMode) - lastChar(bMode);
    }

    private static int lastChar(int mode) {
        return isTree(mode) ? '/' : 0;
    }
}
