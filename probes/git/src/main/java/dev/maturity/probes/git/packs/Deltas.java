package dev.maturity.probes.git.packs;

import java.util.zip.DataFormatException;

/**
 * Git's pack delta format (a base size, a result size, then copy-from-base and insert commands), applied with every
 * bound checked: a delta that does not fit its base or its declared result is an error, never a wrong object.
 * Reads the instructions from the first {@code length} bytes of a reusable buffer.
 */
final class Deltas {

    private Deltas() {
    }

    /** The result size a delta declares, after its base size. */
    static long resultSize(byte[] delta, int length) throws DataFormatException {
        int[] at = {0};
        varint(delta, length, at);
        return varint(delta, length, at);
    }

    static byte[] apply(byte[] base, byte[] delta, int length) throws DataFormatException {
        int[] at = {0};
        if (varint(delta, length, at) != base.length) {
            throw new DataFormatException("delta base size differs from its base");
        }
        long size = varint(delta, length, at);
        if (size > Integer.MAX_VALUE - 8) {
            throw new DataFormatException("delta result too large");
        }
        byte[] out = new byte[(int) size];
        int o = 0;
        int p = at[0];
        while (p < length) {
            int cmd = delta[p++] & 0xff;
            if ((cmd & 0x80) != 0) {
                long off = 0;
                int n = 0;
                for (int bit = 0; bit < 4; bit++) {
                    if ((cmd & (1 << bit)) != 0) {
                        off |= (long) (byte0(delta, p++, length)) << (8 * bit);
                    }
                }
                for (int bit = 0; bit < 3; bit++) {
                    if ((cmd & (0x10 << bit)) != 0) {
                        n |= byte0(delta, p++, length) << (8 * bit);
                    }
                }
                if (n == 0) {
                    n = 0x10000;
                }
                if (off + n > base.length || o + n > out.length) {
                    throw new DataFormatException("delta copy out of bounds");
                }
                System.arraycopy(base, (int) off, out, o, n);
                o += n;
            } else if (cmd != 0) {
                if (p + cmd > length || o + cmd > out.length) {
                    throw new DataFormatException("delta insert out of bounds");
                }
                System.arraycopy(delta, p, out, o, cmd);
                p += cmd;
                o += cmd;
            } else {
                throw new DataFormatException("reserved delta command 0");
            }
        }
        if (o != out.length) {
            throw new DataFormatException("delta result shorter than declared");
        }
        return out;
    }

    private static int byte0(byte[] delta, int p, int length) throws DataFormatException {
        if (p >= length) {
            throw new DataFormatException("truncated delta command");
        }
        return delta[p] & 0xff;
    }

    private static long varint(byte[] delta, int length, int[] at) throws DataFormatException {
        long v = 0;
        int shift = 0;
        int c;
        do {
            if (at[0] >= length || shift > 56) {
                throw new DataFormatException("truncated delta header");
            }
            c = delta[at[0]++] & 0xff;
            v |= (long) (c & 0x7f) << shift;
            shift += 7;
        } while ((c & 0x80) != 0);
        return v;
    }
}
