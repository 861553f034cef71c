package dev.maturity.cli;

import dev.maturity.core.secret.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where reports go: {@code --output FILE} and {@code --output-dir DIR} are checked before the scan
 * starts and written atomically (a temporary file in the same folder, then a rename). A path the
 * user cannot write is a usage error naming the path, never an internal one. A symlink planted at
 * the final name is replaced by the rename, never followed. Every known secret is masked.
 */
final class ReportFiles {

    private ReportFiles() {
    }

    /** Refuses an {@code --output} that names a folder or lies where no file can be made. */
    static void checkFile(Path output) {
        if (Files.isDirectory(output)) {
            throw new ExitCodes.UsageException("--output " + output + " is a directory; give a file name (or use --output-dir)");
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new ExitCodes.UsageException("--output " + output + ": " + parent + " is not a directory");
        }
        if (parent != null && Files.isDirectory(parent) && !Files.isWritable(parent)) {
            throw new ExitCodes.UsageException("--output " + output + ": cannot write in " + parent);
        }
        if (Files.exists(output) && !Files.isWritable(output)) {
            throw new ExitCodes.UsageException("--output " + output + ": the file is not writable");
        }
    }

    /** Refuses an {@code --output-dir} that names a file or a folder that cannot be written. */
    static void checkDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExitCodes.UsageException("--output-dir " + dir + " is a file, not a directory");
        }
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
            throw new ExitCodes.UsageException("--output-dir " + dir + ": the directory is not writable");
        }
    }

    /** Writes the text, every known secret masked, to the file atomically; a path that cannot be written is a usage error. */
    static void write(Path output, String text) {
        write(output, Redactor.redact(text).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the bytes to the file atomically (an audit pack; its texts were redacted when it was built). */
    static void write(Path output, byte[] bytes) {
        Path target = output.toAbsolutePath();
        Path parent = target.getParent();
        Path temp = null;
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.isDirectory(target)) {
                throw new ExitCodes.UsageException(output + " is a directory; give a file name");
            }
            temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new ExitCodes.UsageException("cannot write " + output + ": " + reason(e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file stays; the error above says why
                }
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String name = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return e.getMessage() == null ? name : name + " (" + e.getMessage() + ")";
    }
}
