package dev.maturity.probes.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * A blob read as UTF-8 text, or why it could not be: larger than the cap (with its size), binary
 * (a NUL byte in its first 8 KiB), missing from the object store, or corrupt. Never empty in
 * silence: every way a read fails has a reason the report can show.
 */
public record BlobText(String text, String problem) {

    /** Bytes scanned for a NUL to tell binary content from text, as git does. */
    static final int BINARY_PROBE = 8192;

    public Optional<String> asOptional() {
        return Optional.ofNullable(text);
    }

    static BlobText of(String text) {
        return new BlobText(text, null);
    }

    static BlobText problem(String why) {
        return new BlobText(null, why);
    }

    /** Reads the blob, refusing it past {@code maxBytes}. */
    public static BlobText read(ObjectReader reader, ObjectId id, long maxBytes) {
        try {
            ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
            long size = loader.getSize();
            if (size > maxBytes) {
                return problem(tooLarge(size, maxBytes));
            }
            byte[] bytes = loader.getCachedBytes((int) maxBytes);
            int probe = Math.min(bytes.length, BINARY_PROBE);
            for (int i = 0; i < probe; i++) {
                if (bytes[i] == 0) {
                    return problem("binary content (a NUL byte at offset " + i + ") under a text name: not read");
                }
            }
            return of(new String(bytes, StandardCharsets.UTF_8));
        } catch (MissingObjectException e) {
            return problem("blob " + id.getName() + " is missing from the object store (partial or damaged clone): not read");
        } catch (IOException | RuntimeException e) {
            return problem("blob " + id.getName() + " cannot be read (corrupt object): " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    static String tooLarge(long size, long maxBytes) {
        return size + " bytes, larger than the " + describe(maxBytes) + " read: not read";
    }

    private static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
