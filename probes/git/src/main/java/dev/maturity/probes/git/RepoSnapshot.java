package dev.maturity.probes.git;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.YamlBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The committed tree of one repository at one commit (never the dirty work tree). Regular files
 * only: symlinks and submodules are never followed. Text is read lazily from the object database,
 * capped at {@link #MAX_FILE_BYTES}; binary blobs read as empty. Texts read are kept for the extractors that ask
 * again, up to {@link #KEPT_CHARS} characters; past that they are read again when asked. Safe for the extractor
 * threads to share.
 */
public final class RepoSnapshot {

    public static final long MAX_FILE_BYTES = 1024 * 1024;

    /** Characters of text kept for extractors asking for a file again: 1/64 of the heap, at most 16 Mi. */
    static final long KEPT_CHARS = Math.min(16L << 20, Runtime.getRuntime().maxMemory() / 64);

    private final String name;
    private final Repository repository;
    private final RevCommit commit;
    private final Instant asOf;
    private final Map<String, RepoFile> files;
    private final RepoIgnore ignore;
    private final Map<String, Object> parameters;
    private final IgnoredPaths ignoredFiles;
    private final Map<String, String> missingBlobs;
    private final Map<String, ObjectId> blobs;
    private final Map<String, Optional<String>> texts = new ConcurrentHashMap<>();
    private final AtomicLong keptChars = new AtomicLong();
    /** Each file's digest, taken once: an extractor gives evidence for many objects or lines of one file. */
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    /** Readers reused by the extractor threads loading texts, so each load does not set up a reader of its own. */
    private final Queue<ObjectReader> readers = new ConcurrentLinkedQueue<>();
    private volatile boolean released;
    private final YamlBudget yamlBudget = YamlBudget.perScan();

    RepoSnapshot(String name, Repository repository, RevCommit commit, Instant asOf, Map<String, RepoFile> files,
                 Map<String, ObjectId> blobs, RepoIgnore ignore, IgnoredPaths ignoredFiles, Map<String, String> missingBlobs,
                 Map<String, Object> parameters) {
        this.name = name;
        this.missingBlobs = Collections.unmodifiableMap(new LinkedHashMap<>(missingBlobs));
        this.parameters = Map.copyOf(parameters);
        this.ignore = ignore;
        this.ignoredFiles = ignoredFiles;
        this.repository = repository;
        this.commit = commit;
        this.asOf = asOf;
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        this.blobs = Map.copyOf(blobs);
    }

    /** Whether a path is excluded from evidence (test fixtures, vendored code, {@code .maturityignore}). */
    public boolean ignored(String path) {
        return ignore.ignored(path);
    }

    /** What all YAML read from this snapshot may expand to together; a file past it is unreadable. */
    public YamlBudget yamlBudget() {
        return yamlBudget;
    }

    /** The rubric's parameters (path patterns, identities), for extractors whose reading depends on them. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** How many files of the tree were left out as ignored. */
    public int ignoredFiles() {
        return ignoredFiles.total();
    }

    /** The files left out, by the rule that left them out. */
    public IgnoredPaths ignoredPaths() {
        return ignoredFiles;
    }

    /** Files of the tree whose blob the object store lacks or cannot read (a partial or damaged clone), with why: never read. */
    public Map<String, String> missingBlobs() {
        return missingBlobs;
    }

    /** How the repository is named in every locator (its path or URL as given, without credentials). */
    public String name() {
        return name;
    }

    public String commitId() {
        return commit.getName();
    }

    public RevCommit commit() {
        return commit;
    }

    /** The scan's reference time: history windows end here ({@code --as-of}, default now). */
    public Instant asOf() {
        return asOf;
    }

    /** The JGit repository, for history extractors; never written to. */
    public Repository repository() {
        return repository;
    }

    /** Every regular file of the tree, sorted by path. */
    public List<RepoFile> files() {
        return List.copyOf(files.values());
    }

    public List<RepoFile> files(Predicate<RepoFile> filter) {
        return files.values().stream().filter(filter).toList();
    }

    public Optional<RepoFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public boolean exists(String path) {
        return files.containsKey(path);
    }

    /**
     * The file's text (UTF-8), or empty when it is missing, larger than the cap, binary
     * (contains a NUL byte in its first 8 KiB) or unreadable.
     */
    public Optional<String> text(String path) {
        Optional<String> known = texts.get(path);
        if (known != null) {
            return known;
        }
        Optional<String> text = load(path);
        long size = text.map(String::length).orElse(0);
        if (keptChars.addAndGet(size) <= KEPT_CHARS) {
            Optional<String> raced = texts.putIfAbsent(path, text);
            return raced == null ? text : raced;
        }
        keptChars.addAndGet(-size); // past the budget: read again when asked again
        return text;
    }

    /** Closes the readers kept for loading texts; a text read afterwards opens and closes its own. */
    void release() {
        released = true;
        for (ObjectReader r = readers.poll(); r != null; r = readers.poll()) {
            r.close();
        }
    }

    private Optional<String> load(String path) {
        RepoFile f = files.get(path);
        ObjectId id = blobs.get(path);
        if (f == null || id == null || f.size() > MAX_FILE_BYTES) {
            return Optional.empty();
        }
        ObjectReader reader = released ? null : readers.poll();
        if (reader == null) {
            reader = repository.newObjectReader();
        }
        try {
            ObjectLoader loader = reader.open(id);
            byte[] bytes = loader.getCachedBytes((int) MAX_FILE_BYTES);
            int probe = Math.min(bytes.length, 8192);
            for (int i = 0; i < probe; i++) {
                if (bytes[i] == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            readers.offer(reader);
            if (released) {
                release();
            }
        }
    }

    /** A locator for a whole file at this commit. */
    public GitLocation at(String path) {
        return GitLocation.file(name, commitId(), path);
    }

    /** A locator for lines of a file at this commit. */
    public GitLocation at(String path, int startLine, int endLine) {
        return startLine <= 0 ? at(path) : GitLocation.lines(name, commitId(), path, startLine, endLine);
    }

    /** Evidence for lines of a file, with the file content's digest. */
    public Evidence evidence(String path, int startLine, int endLine, Strength strength, String detail) {
        return new Evidence(at(path, startLine, endLine), strength, digest(path), detail);
    }

    /** The tree as a whole at this commit: what a probe cites when it looked and found nothing. */
    public Evidence treeEvidence(String detail) {
        return new Evidence(GitLocation.commit(name, commitId()), Strength.DECLARED, "git:" + commitId(), detail);
    }

    /** {@code sha256:<hex>} of the file's bytes (or its git blob id when unreadable as text). */
    public String digest(String path) {
        String known = digests.get(path);
        if (known != null) {
            return known;
        }
        String d = computeDigest(path);
        if (d != null) {
            digests.putIfAbsent(path, d);
        }
        return d;
    }

    private String computeDigest(String path) {
        Optional<String> t = text(path);
        if (t.isEmpty()) {
            ObjectId id = blobs.get(path);
            return id == null ? null : "git-blob:" + id.getName();
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return "sha256:" + HexFormat.of().formatHex(md.digest(t.get().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
