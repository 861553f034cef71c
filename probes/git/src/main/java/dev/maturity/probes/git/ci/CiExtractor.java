package dev.maturity.probes.git.ci;

import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the CI configurations of the tree by path ({@link CiSystem}) and hands each system's files
 * to its reader, created only then. A system without a reader is reported as present and not
 * interpreted; a reader that fails loses only its own system's jobs.
 */
public final class CiExtractor implements Extractor {

    private final Consumer<CiSystem> created;

    public CiExtractor() {
        this(system -> { });
    }

    /** With a hook told of every reader created (tests prove readers of absent systems are never made). */
    CiExtractor(Consumer<CiSystem> created) {
        this.created = created;
    }

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        Map<CiSystem, List<RepoFile>> found = new EnumMap<>(CiSystem.class);
        for (RepoFile f : repo.files()) {
            for (CiSystem s : CiSystem.values()) {
                if (s.claims(repo, f)) {
                    found.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
                    break;
                }
            }
        }
        CiContext ctx = new CiContext(repo, sink);
        for (Map.Entry<CiSystem, List<RepoFile>> e : found.entrySet()) {
            CiSystem system = e.getKey();
            List<RepoFile> files = new ArrayList<>();
            for (RepoFile f : e.getValue()) {
                if (f.size() > RepoSnapshot.MAX_FILE_BYTES) {
                    ctx.unreadable(system, f.path(), 0, "larger than " + RepoSnapshot.MAX_FILE_BYTES / 1024 + " KiB");
                } else {
                    files.add(f);
                }
            }
            CiReader reader = files.isEmpty() ? null : system.reader();
            if (reader == null) {
                files.forEach(f -> ctx.notInterpreted(system, f.path(), 0, "the scanner has no reader for " + system.displayName()));
                continue;
            }
            created.accept(system);
            try {
                reader.read(ctx, files);
            } catch (RuntimeException ex) {
                ctx.unreadable(system, files.get(0).path(), 0, "reader failed: " + ex);
            }
        }
    }
}
