package dev.maturity.probes.git;

import dev.maturity.core.spi.ScanInputException;
import dev.maturity.core.spi.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Opens a scan target as a JGit repository and resolves the commit to read. */
final class RepositoryOpener {

    private RepositoryOpener() {
    }

    static Repository open(String target, ScanRequest request) throws IOException {
        Path path = request.workDir().resolve(target).normalize();
        if (!Files.exists(path)) {
            throw new ScanInputException("no such directory: " + target);
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        builder.findGitDir(path.toFile());
        if (builder.getGitDir() == null) {
            if (Files.isDirectory(path.resolve("objects")) && Files.exists(path.resolve("HEAD"))) {
                builder.setGitDir(path.toFile());
            } else {
                throw new ScanInputException("not a git repository: " + target);
            }
        }
        return builder.build();
    }

    static RevCommit resolve(Repository repo, String target, String ref) throws IOException {
        String wanted = ref == null || ref.isBlank() ? "HEAD" : ref;
        ObjectId id = repo.resolve(wanted + "^{commit}");
        if (id == null) {
            if (ref == null || ref.isBlank()) {
                throw new ScanInputException("repository has no commits: " + redact(target));
            }
            throw new ScanInputException("ref '" + ref + "' not found in " + redact(target));
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(id);
        }
    }

    /** The repository's name in locators: its work-tree directory name (or bare directory name). */
    static String displayName(String target, Repository repo) {
        Path dir = repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath();
        String n = dir.toAbsolutePath().normalize().getFileName().toString();
        return n.endsWith(".git") && n.length() > 4 ? n.substring(0, n.length() - 4) : n;
    }

    static String displayUri(String target, ScanRequest request) {
        return request.workDir().resolve(target).toAbsolutePath().normalize().toString();
    }

    /** The target without any user-info (credentials) a URL may carry. */
    static String redact(String target) {
        return target.replaceAll("(?<=://)[^/@]+@", "");
    }
}
