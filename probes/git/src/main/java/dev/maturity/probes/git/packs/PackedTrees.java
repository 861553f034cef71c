package dev.maturity.probes.git.packs;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Reads tree objects straight out of the repository's pack files, keeping the objects it reconstructs (within a
 * byte budget) as C git's delta-base cache does, with a difference: an object built as the one asked for is kept
 * until it serves as a delta base (usually for the next version of its path), then only while room remains. JGit's own reader keeps only the immediate base of each
 * object it loads, so a walk that meets delta chains from their far end (packs written by {@code git fast-import}
 * or kept from pushed thin packs chain each tree version to the previous, older one) re-applies dozens of deltas
 * per tree. Anything not plainly in a mapped pack (loose objects, alternates, a base outside the pack, an object over
 * {@link #MAX_OBJECT_BYTES}, a chain past {@link #MAX_CHAIN}, data that does not parse) is read by JGit's reader,
 * which then answers, or fails, exactly as it always did. One instance per thread.
 */
public final class PackedTrees implements AutoCloseable {

    static final int MAX_OBJECT_BYTES = 16 << 20;
    static final int MAX_CHAIN = 10_000;
    private static final int OBJ_OFS_DELTA = 6;
    private static final int OBJ_REF_DELTA = 7;
    private static final int INPUT = 64 << 10;

    private final ObjectReader fallback;
    private final List<PackFiles.PackData> packs;
    private final RecentObjects objects;
    private final Inflater inflater = new Inflater();
    /** This thread's views of each pack's mapped chunks, made when first read. */
    private final ByteBuffer[][] views;
    private final List<Link> chain = new ArrayList<>();
    private byte[] scratch = new byte[8192];
    private final byte[] idBuffer = new byte[Constants.OBJECT_ID_LENGTH];
    private final byte[] idScratch = new byte[Constants.OBJECT_ID_LENGTH];
    /** The last header read: object type, inflated size, where its data starts, its delta base's offset. */
    private int type;
    private long size;
    private long dataAt;
    private long baseAt;
    private int throughJGit;

    /** A delta met while walking down a chain: where it is and how large its inflated instructions are. */
    private record Link(long offset, long dataAt, int size) {
    }

    public PackedTrees(PackFiles packs, ObjectReader fallback, long budget) {
        this.fallback = fallback;
        this.packs = packs.packs();
        this.objects = new RecentObjects(budget);
        this.views = new ByteBuffer[this.packs.size()][];
    }

    /** The raw tree object {@code id}. */
    public byte[] tree(AnyObjectId id) throws IOException {
        for (int i = 0; i < packs.size(); i++) {
            long offset = find(packs.get(i), id);
            if (offset > 0) {
                RecentObjects.Entry r;
                try {
                    r = load(i, offset);
                } catch (IOException | DataFormatException | RuntimeException | InternalError e) {
                    break; // let JGit's reader read it, and report it, as it would have
                }
                if (r == null) {
                    break;
                }
                if (r.type() != Constants.OBJ_TREE) {
                    throw new IncorrectObjectTypeException(id.toObjectId(), Constants.OBJ_TREE);
                }
                return r.data();
            }
        }
        throughJGit++;
        return fallback.open(id, Constants.OBJ_TREE).getCachedBytes();
    }

    /** How many trees were read through JGit rather than straight from a pack. */
    public int throughJGit() {
        return throughJGit;
    }

    /**
     * Whether the pack stores newer trees as deltas of older ones: over the (newer tree, older tree) pairs, more
     * newer ones have the older one as their immediate delta base than the other way round.
     */
    public boolean newerStoredOnOlder(List<? extends AnyObjectId[]> pairs) {
        int votes = 0;
        for (AnyObjectId[] pair : pairs) {
            for (int i = 0; i < packs.size(); i++) {
                PackFiles.PackData pack = packs.get(i);
                long newer = find(pack, pair[0]);
                long older = find(pack, pair[1]);
                if (newer > 0 && older > 0) {
                    try {
                        votes += header(pack, newer) && baseAt == older ? 1 : 0;
                        votes -= header(pack, older) && baseAt == newer ? 1 : 0;
                    } catch (IOException | DataFormatException | RuntimeException | InternalError e) {
                        // an unreadable header casts no vote
                    }
                    break;
                }
            }
        }
        return votes > 0;
    }

    /** The object at {@code offset} of pack {@code p}, or null when it is not plainly there (its base is elsewhere). */
    private RecentObjects.Entry load(int p, long offset) throws IOException, DataFormatException {
        PackFiles.PackData pack = packs.get(p);
        chain.clear();
        long at = offset;
        RecentObjects.Entry base;
        while (true) {
            base = chain.isEmpty() ? objects.get(key(p, at)) : objects.getBase(key(p, at));
            if (base != null) {
                break;
            }
            boolean delta = header(pack, at);
            if (size > MAX_OBJECT_BYTES || chain.size() >= MAX_CHAIN || (delta && baseAt <= 0)) {
                return null;
            }
            if (!delta) {
                byte[] whole = new byte[(int) size];
                inflate(p, dataAt, whole, whole.length);
                base = new RecentObjects.Entry(type, whole);
                if (!chain.isEmpty()) {
                    objects.putUsed(key(p, at), base); // the start of a chain: another chain may start here too
                }
                break;
            }
            chain.add(new Link(at, dataAt, (int) size));
            at = baseAt;
        }
        RecentObjects.Entry r = base;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Link link = chain.get(i);
            if (link.size() > scratch.length) {
                scratch = new byte[Math.max(link.size(), scratch.length * 2)];
            }
            inflate(p, link.dataAt(), scratch, link.size());
            if (Deltas.resultSize(scratch, link.size()) > MAX_OBJECT_BYTES) {
                return null;
            }
            r = new RecentObjects.Entry(r.type(), Deltas.apply(r.data(), scratch, link.size()));
            if (i == 0) {
                objects.put(key(p, link.offset()), r); // likely the base of the next version asked for
            } else {
                objects.putUsed(key(p, link.offset()), r); // already the base of the next link
            }
        }
        return r;
    }

    /**
     * Reads the object header at {@code at} into {@link #type}, {@link #size}, {@link #dataAt} and, for a delta,
     * {@link #baseAt} (its base's offset in this pack, or -1 when the base is not in it). True for a delta.
     */
    private boolean header(PackFiles.PackData pack, long at) throws IOException, DataFormatException {
        if (at + 2 > pack.length()) {
            throw new EOFException("object offset past the end of the pack: " + at);
        }
        long h = at;
        int c = pack.at(h++);
        type = (c >> 4) & 7;
        size = c & 15;
        for (int shift = 4; (c & 0x80) != 0; shift += 7) {
            if (h >= pack.length() || shift > 35) {
                throw new DataFormatException("bad object header at " + at);
            }
            c = pack.at(h++);
            size += (long) (c & 0x7f) << shift;
        }
        if (type >= Constants.OBJ_COMMIT && type <= Constants.OBJ_TAG) {
            dataAt = h;
            baseAt = -1;
            return false;
        }
        if (type == OBJ_OFS_DELTA) {
            c = pack.at(h++);
            long back = c & 127;
            while ((c & 128) != 0) {
                if (h >= pack.length() || back > (1L << 48)) {
                    throw new DataFormatException("bad delta base offset at " + at);
                }
                back += 1;
                c = pack.at(h++);
                back = (back << 7) + (c & 127);
            }
            if (back <= 0 || back >= at) {
                throw new DataFormatException("delta base outside the pack at " + at);
            }
            dataAt = h;
            baseAt = at - back;
            return true;
        }
        if (type == OBJ_REF_DELTA) {
            if (h + Constants.OBJECT_ID_LENGTH > pack.length()) {
                throw new EOFException("truncated delta base id at " + at);
            }
            for (int i = 0; i < Constants.OBJECT_ID_LENGTH; i++) {
                idBuffer[i] = (byte) pack.at(h + i);
            }
            dataAt = h + Constants.OBJECT_ID_LENGTH;
            baseAt = find(pack, ObjectId.fromRaw(idBuffer));
            return true;
        }
        throw new DataFormatException("unknown object type " + type + " at " + at);
    }

    /**
     * Where {@code id} is in {@code pack}, or -1 when it is not there or the index cannot say (a mapped file cut
     * short under the walk faults as an {@link InternalError}): then JGit's reader is asked, and reports what it finds.
     */
    private long find(PackFiles.PackData pack, AnyObjectId id) {
        try {
            return pack.find(id, idScratch);
        } catch (RuntimeException | InternalError e) {
            return -1;
        }
    }

    private static long key(int pack, long offset) {
        return (long) pack << 48 | offset;
    }

    /** Inflates exactly {@code size} bytes of the zlib stream starting at {@code at} into {@code out}, as JGit does. */
    private void inflate(int p, long at, byte[] out, int size) throws EOFException, DataFormatException {
        PackFiles.PackData pack = packs.get(p);
        if (size == 0) {
            return;
        }
        inflater.reset();
        long next = at;
        int done = 0;
        while (done < size) {
            int n = inflater.inflate(out, done, size - done);
            done += n;
            if (done == size || inflater.finished()) {
                break;
            }
            if (inflater.needsInput()) {
                if (next >= pack.length()) {
                    throw new EOFException("compressed object runs past the end of the pack at " + at);
                }
                if (views[p] == null) {
                    views[p] = pack.views();
                }
                ByteBuffer input = pack.from(views[p], next, INPUT);
                next += input.remaining();
                inflater.setInput(input);
            } else if (n == 0) {
                throw new DataFormatException("zlib stream needs a dictionary at " + at);
            }
        }
        if (done != size) {
            throw new EOFException("short compressed object at " + at);
        }
    }

    @Override
    public void close() {
        inflater.end();
    }
}
