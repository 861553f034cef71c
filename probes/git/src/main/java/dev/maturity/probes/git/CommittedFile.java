package dev.maturity.probes.git;

import dev.maturity.core.spi.ScanInputException;
import dev.maturity.probes.git.remote.RemoteUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A policy file (waivers, a rubric override) that lies in the work tree of a scanned repository,
 * read as committed at a ref instead of from the checkout. In CI the change under test controls
 * its checkout, policy files included; read from the baseline's ref, a waiver the change adds does
 * not apply to the change. A file outside every scanned work tree comes from a place the change
 * does not control and is read from disk by the caller.
 */
public final class CommittedFile {

    /** Bytes of one policy file at most (waiver files and rubrics are a few KiB). */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private CommittedFile() {
    }

    /**
     * The file as committed at {@code ref}.
     *
     * @param path   the path inside the repository, with {@code /} separators
     * @param commit the commit the ref resolved to
     * @param text   the content, or empty when the ref has no such file
     */
    public record At(String path, String commit, Optional<String> text) {
    }

    /**
     * The file at {@code ref} in the scanned repository whose work tree holds it, or empty when
     * it lies in no work tree of the local {@code targets} (both resolved against {@code workDir}).
     */
    public static Optional<At> read(Path file, List<String> targets, Path workDir, String ref) {
        Path absolute = workDir.resolve(file).toAbsolutePath().normalize();
        // the folder resolved, not the file: a link the checkout plants at the file's name must not lead it out
        Path wanted = absolute.getParent() == null ? absolute : real(absolute.getParent()).resolve(absolute.getFileName());
        for (String target : targets) {
            if (RemoteUrl.isRemote(target)) {
                continue;
            }
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(workDir.resolve(target).normalize().toFile());
            if (builder.getGitDir() == null) {
                continue;
            }
            try (Repository repo = builder.setMustExist(true).build()) {
                if (repo.isBare()) {
                    continue;
                }
                Path workTree = real(repo.getWorkTree().toPath().toAbsolutePath().normalize());
                if (wanted.startsWith(workTree) && !wanted.equals(workTree)) {
                    return Optional.of(at(repo, workTree.relativize(wanted), target, ref));
                }
            } catch (IOException e) {
                throw new ScanInputException("cannot read " + file + " at " + ref + ": " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    private static At at(Repository repo, Path relative, String target, String ref) throws IOException {
        String path = relative.toString().replace(java.io.File.separatorChar, '/');
        RevCommit commit = RepositoryOpener.resolve(repo, target, ref);
        try (TreeWalk walk = TreeWalk.forPath(repo, path, commit.getTree())) {
            if (walk == null) {
                return new At(path, commit.getName(), Optional.empty());
            }
            FileMode mode = walk.getFileMode(0);
            if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                throw new ScanInputException(path + " at " + ref + " is not a regular file (" + mode + ")");
            }
            ObjectId id = walk.getObjectId(0);
            long size = repo.newObjectReader().getObjectSize(id, org.eclipse.jgit.lib.Constants.OBJ_BLOB);
            if (size > MAX_BYTES) {
                throw new ScanInputException(path + " at " + ref + " is " + size + " bytes, more than a policy file may be ("
                        + MAX_BYTES + ")");
            }
            byte[] bytes = repo.open(id).getCachedBytes(MAX_BYTES);
            return new At(path, commit.getName(), Optional.of(new String(bytes, StandardCharsets.UTF_8)));
        }
    }

    /** The path with symlinked folders resolved (a temp dir under a symlinked /tmp), as far as it exists. */
    private static Path real(Path p) {
        Path existing = p;
        Path rest = Path.of("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return p;
        }
    }
}
