package dev.maturity.probes.git;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Lists the regular files of a commit's tree with their sizes; symlinks, submodules, ignored paths
 * ({@link RepoIgnore}) and files past {@link #MAX_FILES} are skipped. A file whose blob the object
 * store lacks (a partial or damaged clone) is listed as missing, to be reported as unreadable.
 */
final class TreeReader {

    static final int MAX_FILES = 500_000;

    private TreeReader() {
    }

    /**
     * The files of {@code commit}, left out by the {@code .maturityignore} of {@code policy} (the
     * same commit, or the baseline's when a change must not edit the rules it is judged by).
     */
    static RepoSnapshot read(String name, Repository repo, RevCommit commit, RevCommit policy, java.time.Instant asOf,
                             Map<String, Object> parameters) throws IOException {
        Map<String, RepoFile> files = new TreeMap<>();
        Map<String, ObjectId> blobs = new HashMap<>();
        RepoIgnore ignore = RepoIgnore.read(repo, policy);
        IgnoredPaths ignored = new IgnoredPaths();
        Map<String, String> missing = new TreeMap<>();
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk walk = new TreeWalk(repo, reader)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            while (walk.next() && files.size() < MAX_FILES) {
                FileMode mode = walk.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue;
                }
                String path = walk.getPathString();
                java.util.Optional<String> rule = ignore.rule(path);
                if (rule.isPresent()) {
                    ignored.add(rule.get(), path);
                    continue;
                }
                ObjectId id = walk.getObjectId(0);
                long size;
                try {
                    size = reader.getObjectSize(id, org.eclipse.jgit.lib.Constants.OBJ_BLOB);
                } catch (IOException e) {
                    size = Long.MAX_VALUE;
                    missing.put(path, e instanceof org.eclipse.jgit.errors.MissingObjectException
                            ? "blob " + id.getName() + " is missing from the object store (partial or damaged clone): not read"
                            : "blob " + id.getName() + " cannot be read: " + e.getMessage());
                }
                files.put(path, new RepoFile(path, size));
                blobs.put(path, id.copy());
            }
        }
        return new RepoSnapshot(name, repo, commit, asOf, files, blobs, ignore, ignored, missing, parameters);
    }
}
