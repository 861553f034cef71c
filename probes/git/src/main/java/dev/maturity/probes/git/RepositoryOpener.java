package dev.maturity.probes.git;

import dev.maturity.core.spi.ScanInputException;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.probes.git.remote.RemoteCache;
import dev.maturity.probes.git.remote.RemoteUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.internal.util.CleanupService;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.SystemReader;

/**
 * Opens a scan target as a JGit repository and resolves the commit to read. A URL (https, ssh,
 * {@code git@host:path}, file) is cloned into, or fetched in, the {@link RemoteCache}.
 */
final class RepositoryOpener {

    static {
        PackCaches.install();
        GitSystemConfig.install();
        // JGit's cleanup at JVM exit only stops its own daemon threads, which exit with the JVM
        // anyway; registering it as a shutdown hook first loads JGit's whole message bundle by
        // reflection (about 40 ms of CPU in a small scan). Run the way an OSGi container runs JGit,
        // the cleanup is kept for an explicit shutdown instead.
        new CleanupService();
    }

    private RepositoryOpener() {
    }

    /**
     * JGit's one-time set-up (file-system detection, the user and system configs, its message
     * bundle), which the first repository opened would otherwise pay for; reads no repository.
     */
    static void prepare() {
        try {
            SystemReader.getInstance().getUserConfig();
        } catch (IOException | ConfigInvalidException | RuntimeException e) {
            // the first repository opened meets the same problem and reports it
        }
    }

    static Repository open(String target, ScanRequest request) throws IOException {
        Repository repo = openRepository(target, request);
        readCommitGraph(repo);
        return repo;
    }

    /**
     * Lets JGit read the repository's commit-graph file, as git does unless {@code core.commitGraph} is false (JGit
     * defaults it to false). Only the in-memory configuration changes; nothing is written to the repository.
     */
    private static void readCommitGraph(Repository repo) {
        var config = repo.getConfig();
        if (config.getString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_COMMIT_GRAPH) == null) {
            config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_COMMIT_GRAPH, true);
        }
    }

    private static Repository openRepository(String target, ScanRequest request) throws IOException {
        if (RemoteUrl.isRemote(target)) {
            return RemoteCache.from(request.environment()).open(RemoteUrl.parse(target));
        }
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

    /**
     * Names for the targets as locators show them, unique within one scan: the directory (or URL)
     * name, widened with its parent directory where two targets share a name, numbered if still equal.
     */
    static List<String> displayNames(List<String> targets, Path workDir) {
        List<String> base = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (String t : targets) {
            String n = baseName(t, workDir);
            base.add(n);
            counts.merge(n, 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            String n = base.get(i);
            if (counts.get(n) > 1) {
                n = parentName(targets.get(i), workDir) + "/" + n;
            }
            int seen = used.merge(n, 1, Integer::sum);
            out.add(seen == 1 ? n : n + "-" + seen);
        }
        return out;
    }

    private static String baseName(String target, Path workDir) {
        if (RemoteUrl.isRemote(target)) {
            return RemoteUrl.parse(target).name();
        }
        Path p = repositoryRoot(workDir.resolve(target).toAbsolutePath().normalize());
        String n = p.getFileName() == null ? "repo" : p.getFileName().toString();
        return n.endsWith(".git") && n.length() > 4 ? n.substring(0, n.length() - 4) : n;
    }

    private static String parentName(String target, Path workDir) {
        String s;
        if (RemoteUrl.isRemote(target)) {
            s = RemoteUrl.parse(target).display().replaceAll("/+$", "");
            int cut = s.lastIndexOf('/');
            s = cut < 0 ? s : s.substring(0, cut);
        } else {
            Path parent = repositoryRoot(workDir.resolve(target).toAbsolutePath().normalize()).getParent();
            s = parent == null ? "" : parent.toString();
        }
        String[] parts = s.split("[/:]");
        return parts.length == 0 || parts[parts.length - 1].isEmpty() ? "root" : parts[parts.length - 1];
    }

    /** The work tree (or bare directory) of the repository containing {@code path}, or the path itself. */
    private static Path repositoryRoot(Path path) {
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(path.toFile());
        if (b.getGitDir() == null) {
            return path;
        }
        Path gitDir = b.getGitDir().toPath().toAbsolutePath().normalize();
        return gitDir.getFileName() != null && gitDir.getFileName().toString().equals(".git") ? gitDir.getParent() : gitDir;
    }

    static String displayUri(String target, ScanRequest request) {
        if (RemoteUrl.isRemote(target)) {
            return RemoteUrl.parse(target).display();
        }
        return request.workDir().resolve(target).toAbsolutePath().normalize().toString();
    }

    /** The target without any user-info (credentials) a URL may carry. */
    static String redact(String target) {
        return RemoteUrl.isRemote(target) ? RemoteUrl.parse(target).display() : dev.maturity.core.secret.Redactor.url(target);
    }
}
