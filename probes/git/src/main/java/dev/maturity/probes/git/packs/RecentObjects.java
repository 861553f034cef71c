package dev.maturity.probes.git.packs;

import java.util.Arrays;

/**
 * Objects reconstructed from packs, by pack position, within a byte budget: two generations of open-addressing
 * tables (primitive keys, no per-access bookkeeping), each holding at most half the budget; when the young one is
 * full it becomes the old one and the previous old one is dropped, and a hit in the old one moves the object back
 * into the young one.
 */
final class RecentObjects {

    /** An object as reconstructed: its type and its bytes. */
    record Entry(int type, byte[] data) {
    }

    private final long half;
    private Table young = new Table(1024);
    private Table old = new Table(1024);
    private long youngBytes;
    private long oldBytes;

    RecentObjects(long budget) {
        this.half = Math.max(1, budget / 2);
    }

    /** The object at {@code key}, as the object asked for: kept, and moved back into the young generation. */
    Entry get(long key) {
        Entry e = young.get(key);
        if (e == null) {
            e = old.get(key);
            if (e != null) {
                put(key, e);
            }
        }
        return e;
    }

    /**
     * The object at {@code key}, as the delta base of another object, which is kept instead: the base has done its
     * work, so it leaves the young generation (its bytes no longer count there) and lives on only in the old one, for
     * another delta that may share it.
     */
    Entry getBase(long key) {
        Entry e = young.remove(key);
        if (e != null) {
            youngBytes -= e.data().length;
            putUsed(key, e);
            return e;
        }
        return old.get(key);
    }

    /**
     * Keeps an object that has already served as a delta base (or only leads to the one asked for) in the old
     * generation only, for another delta that may share it; when the old generation is full it is emptied.
     */
    void putUsed(long key, Entry e) {
        if (e.data().length > half / 2) {
            return;
        }
        if (oldBytes + e.data().length > half) {
            old.clear();
            oldBytes = 0;
        }
        old.put(key, e);
        oldBytes += e.data().length;
    }

    /** Bytes held by both generations (an object in both counts twice). */
    long heldBytes() {
        return youngBytes + oldBytes;
    }

    void put(long key, Entry e) {
        if (e.data().length > half / 2) {
            return;
        }
        if (youngBytes + e.data().length > half) {
            Table dropped = old;
            old = young;
            oldBytes = youngBytes;
            young = dropped.clear();
            youngBytes = 0;
        }
        young.put(key, e);
        youngBytes += e.data().length;
    }

    /** Linear probing over positive keys (0 marks a free slot). */
    static final class Table {
        long[] keys;
        Entry[] values;
        int size;

        Table(int capacity) {
            keys = new long[capacity];
            values = new Entry[capacity];
        }

        Entry get(long key) {
            int mask = keys.length - 1;
            for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == 0) {
                    return null;
                }
            }
        }

        void put(long key, Entry e) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = hash(key) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                size++;
            }
            keys[i] = key;
            values[i] = e;
        }

        Table clear() {
            Arrays.fill(keys, 0);
            Arrays.fill(values, null);
            size = 0;
            return this;
        }

        Entry remove(long key) {
            int mask = keys.length - 1;
            int i = hash(key) & mask;
            while (keys[i] != key) {
                if (keys[i] == 0) {
                    return null;
                }
                i = (i + 1) & mask;
            }
            Entry e = values[i];
            // backward-shift deletion: move later entries of the probe run into the hole
            for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
                int home = hash(keys[j]) & mask;
                boolean movable = i <= j ? (home <= i || home > j) : (home <= i && home > j);
                if (movable) {
                    keys[i] = keys[j];
                    values[i] = values[j];
                    i = j;
                }
            }
            keys[i] = 0;
            values[i] = null;
            size--;
            return e;
        }

        private void grow() {
            long[] k = keys;
            Entry[] v = values;
            keys = new long[k.length * 2];
            values = new Entry[k.length * 2];
            size = 0;
            for (int i = 0; i < k.length; i++) {
                if (k[i] != 0) {
                    put(k[i], v[i]);
                }
            }
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
