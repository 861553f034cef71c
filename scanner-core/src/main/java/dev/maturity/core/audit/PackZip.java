package dev.maturity.core.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The pack as a zip: entries sorted by name and stamped with the scan time (the same contents give
 * the same bytes), and read back within {@link PackLimits} (entries, inflated bytes), never
 * extracted to disk, so a hostile archive can neither fill memory nor write outside a folder.
 */
public final class PackZip {

    private PackZip() {
    }

    public static byte[] write(Map<String, byte[]> files, Instant stamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                e.setLastModifiedTime(FileTime.from(stamp));
                zip.putNextEntry(e);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot build the pack in memory", e);
        }
        return out.toByteArray();
    }

    /** The entries of a zip by name; an archive that is no zip, too large or with a name twice is an {@link IOException}. */
    public static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                if (out.size() >= PackLimits.MAX_ENTRIES) {
                    throw new IOException("more than " + PackLimits.MAX_ENTRIES + " entries");
                }
                byte[] bytes = bounded(z, PackLimits.MAX_INFLATED_BYTES - total, e.getName());
                total += bytes.length;
                if (out.put(e.getName(), bytes) != null) {
                    throw new IOException("entry " + e.getName() + " appears twice");
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new IOException("not a zip archive (" + e.getMessage() + ")");
        }
        if (out.isEmpty()) {
            throw new IOException("not a zip archive, or an empty one");
        }
        return out;
    }

    private static byte[] bounded(InputStream in, long left, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + (long) n > left) {
                throw new IOException("inflates beyond " + PackLimits.MAX_INFLATED_BYTES + " bytes (at " + name + ")");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
