package dev.maturity.probes.git.packs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.jgit.lib.AnyObjectId;

/**
 * A version-2 pack index ({@code .idx}) mapped read-only and searched by interpolation: object ids are uniformly
 * distributed, so guessing a name's place from its leading bytes finds it in a few probes where a binary search over a
 * large index takes twenty (each a cache miss). After {@link #GUESSES} guesses it bisects, so a skewed index costs at
 * most a binary search more. Thread-safe (absolute reads only).
 */
final class PackIdIndex {

    static final int GUESSES = 6;
    private static final int HEADER = 8;
    private static final int FANOUT = 256 * 4;
    private static final int V2_MAGIC = 0xff744f63;

    private final MappedByteBuffer map;
    private final int count;
    private final int names;
    private final int offsets;
    private final int largeOffsets;

    /** Where the large-offset table ends (the two trailing checksums follow). */
    private final long end;

    private PackIdIndex(MappedByteBuffer map, int count, long end) {
        this.map = map;
        this.count = count;
        this.end = end;
        this.names = HEADER + FANOUT;
        this.offsets = names + count * 20 + count * 4;
        this.largeOffsets = offsets + count * 4;
    }

    /** The index at {@code file}, or null when it is not a version-2 index this class can map (then use JGit's). */
    static PackIdIndex open(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < HEADER + FANOUT + 40 || size > Integer.MAX_VALUE) {
                return null;
            }
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            if (map.getInt(0) != V2_MAGIC || map.getInt(4) != 2) {
                return null;
            }
            long count = map.getInt(HEADER + FANOUT - 4) & 0xffffffffL;
            if (HEADER + FANOUT + count * 28 + 40 > size || !ascending(map)) {
                return null;
            }
            return new PackIdIndex(map, (int) count, size - 40);
        }
    }

    /** Whether the fan-out table never decreases (so every search stays within the names); a damaged one does. */
    private static boolean ascending(MappedByteBuffer map) {
        long previous = 0;
        for (int i = 0; i < 256; i++) {
            long n = map.getInt(HEADER + i * 4) & 0xffffffffL;
            if (n < previous) {
                return false;
            }
            previous = n;
        }
        return true;
    }

    /**
     * The pack offset of {@code id}, or -1 (also when its entry points past the large-offset table of a damaged
     * index). {@code scratch} is the caller's own 20 bytes.
     */
    long findOffset(AnyObjectId id, byte[] scratch) {
        id.copyRawTo(scratch, 0);
        ByteBuffer key = ByteBuffer.wrap(scratch);
        long k0 = key.getLong(0);
        long k1 = key.getLong(8);
        int k2 = key.getInt(16);
        int first = scratch[0] & 0xff;
        int lo = first == 0 ? 0 : map.getInt(HEADER + (first - 1) * 4);
        int hi = map.getInt(HEADER + first * 4) - 1;
        for (int guess = 0; lo <= hi; guess++) {
            int mid;
            if (guess < GUESSES) {
                long low = lead(lo);
                long high = lead(hi);
                if (Long.compareUnsigned(k0, low) < 0 || Long.compareUnsigned(k0, high) > 0) {
                    return -1;
                }
                double span = unsigned(high - low);
                mid = span == 0 ? lo : lo + (int) Math.min(hi - lo, unsigned(k0 - low) / span * (hi - lo));
            } else {
                mid = (lo + hi) >>> 1;
            }
            int cmp = compare(mid, k0, k1, k2);
            if (cmp == 0) {
                return offset(mid);
            }
            if (cmp < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    int count() {
        return count;
    }

    private long lead(int i) {
        return map.getLong(names + i * 20);
    }

    /** The name at {@code i} against the key: negative when it sorts first. */
    private int compare(int i, long k0, long k1, int k2) {
        int at = names + i * 20;
        int c = Long.compareUnsigned(map.getLong(at), k0);
        if (c == 0) {
            c = Long.compareUnsigned(map.getLong(at + 8), k1);
        }
        if (c == 0) {
            c = Integer.compareUnsigned(map.getInt(at + 16), k2);
        }
        return c;
    }

    private long offset(int i) {
        int o = map.getInt(offsets + i * 4);
        if (o >= 0) {
            return o;
        }
        long at = largeOffsets + (o & 0x7fffffffL) * 8;
        return at + 8 > end ? -1 : map.getLong((int) at);
    }

    private static double unsigned(long v) {
        return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
    }
}
