package dev.maturity.probes.git;

import dev.maturity.core.audit.CommittedBlobs;
import dev.maturity.core.audit.PackLimits;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.spi.ScanRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Committed blobs for the audit pack: opens the repositories a scan read, by the names its locators
 * use, and reads a path at a commit (read-only; at most {@link PackLimits#MAX_FILE_BYTES} of it).
 */
public final class CommittedBlobReader implements CommittedBlobs, AutoCloseable {

    private final Map<String, String> targets = new HashMap<>();
    private final String anyTarget;
    private final ScanRequest request;
    private final Map<String, Repository> open = new HashMap<>();

    private CommittedBlobReader(Map<String, String> targets, String anyTarget, ScanRequest request) {
        this.targets.putAll(targets);
        this.anyTarget = anyTarget;
        this.request = request;
    }

    /** The repositories of a scan, named as its locators name them. */
    public static CommittedBlobReader of(ScanRequest request) {
        List<String> names = RepositoryOpener.displayNames(request.gitTargets(), request.workDir());
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), request.gitTargets().get(i));
        }
        return new CommittedBlobReader(byName, null, request);
    }

    /** One repository, whatever name a locator gives it ({@code verify --repo}). */
    public static CommittedBlobReader any(String target, ScanRequest request) {
        return new CommittedBlobReader(Map.of(), target, request);
    }

    @Override
    public Optional<Blob> read(GitLocation at) throws IOException {
        String target = anyTarget != null ? anyTarget : targets.get(at.repo());
        if (target == null) {
            throw new IOException("no repository named " + at.repo() + " was scanned");
        }
        Repository repo = open.get(target);
        if (repo == null) {
            repo = RepositoryOpener.open(target, request);
            open.put(target, repo);
        }
        ObjectId commitId = repo.resolve(at.commit() + "^{commit}");
        if (commitId == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(commitId);
            try (TreeWalk tw = TreeWalk.forPath(repo, at.path(), commit.getTree())) {
                if (tw == null) {
                    return Optional.empty();
                }
                ObjectId blob = tw.getObjectId(0);
                ObjectLoader loader = repo.open(blob);
                long size = loader.getSize();
                try (InputStream in = loader.openStream()) {
                    byte[] bytes = in.readNBytes((int) Math.min(size, PackLimits.MAX_FILE_BYTES));
                    return Optional.of(new Blob(blob.getName(), bytes, size > PackLimits.MAX_FILE_BYTES));
                }
            }
        }
    }

    @Override
    public void close() {
        open.values().forEach(Repository::close);
        open.clear();
    }
}
