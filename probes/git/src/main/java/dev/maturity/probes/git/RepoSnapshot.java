package dev.maturity.probes.git;

import dev.maturity.core.digest.Digests;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.YamlBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
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
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The committed tree of one repository at one commit (never the dirty work tree). Regular files
 * only: symlinks and submodules are never followed. Text is read lazily from the object database,
 * capped at {@link #MAX_FILE_BYTES}; a file that could not be read as text (too large, binary,
 * missing or corrupt) reads as empty, and the reason is kept ({@link #unreadFiles}) to be reported.
 * Texts read are kept for the extractors that ask again, up to {@link #KEPT_CHARS} characters (and
 * only files up to {@link #CACHED_BYTES}); past that they are read again when asked. Safe for the
 * extractor threads to share.
 */
public final class RepoSnapshot {

    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    /** Texts up to this size are kept once read; larger ones are read again when asked for, not held. */
    static final long CACHED_BYTES = 1024 * 1024;

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
    private final Map<String, String> unread = new ConcurrentHashMap<>();
    private final AtomicLong keptChars = new AtomicLong();
    /** Each file's digest, taken once: an extractor gives evidence for many objects or lines of one file. */
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    /** Readers reused by the extractor threads loading texts, so each load does not set up a reader of its own. */
    private final Queue<ObjectReader> readers = new ConcurrentLinkedQueue<>();
    private volatile boolean released;
    private final YamlBudget yamlBudget = YamlBudget.perScan();
    private volatile Optional<String> defaultBranch;
    private volatile Map<String, Instant> branchTips;
    /** Branches read for {@link #branchTips()}. */
    public static final int MAX_BRANCHES = 2000;

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

    /** The lines of the commit's {@code .maturityignore} that were skipped, with why. */
    public List<RepoIgnore.Problem> ignoreProblems() {
        return ignore.problems();
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

    /**
     * The branch whose changes CI must catch: the remote's default branch ({@code origin/HEAD}) when
     * the clone records it, else the branch HEAD names (a bare mirror's HEAD is the default branch);
     * empty on a detached HEAD without {@code origin/HEAD}.
     */
    public Optional<String> defaultBranch() {
        if (defaultBranch == null) {
            defaultBranch = Optional.ofNullable(branchOf("refs/remotes/origin/HEAD", "refs/remotes/origin/"))
                    .or(() -> Optional.ofNullable(branchOf("HEAD", "refs/heads/")));
        }
        return defaultBranch;
    }

    /**
     * The last commit time of each branch, local ({@code refs/heads/}) or the remote's
     * ({@code refs/remotes/origin/}), by short name; at most {@link #MAX_BRANCHES} are read.
     */
    public Map<String, Instant> branchTips() {
        if (branchTips == null) {
            Map<String, Instant> tips = new LinkedHashMap<>();
            try (RevWalk walk = new RevWalk(repository)) {
                for (String prefix : List.of("refs/heads/", "refs/remotes/origin/")) {
                    for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
                        String name = ref.getName().substring(prefix.length());
                        if (tips.size() >= MAX_BRANCHES || name.equals("HEAD") || ref.getObjectId() == null) {
                            continue;
                        }
                        try {
                            RevCommit tip = walk.parseCommit(ref.getObjectId());
                            tips.merge(name, Instant.ofEpochSecond(tip.getCommitTime()), (a, b) -> a.isAfter(b) ? a : b);
                        } catch (IOException | RuntimeException e) {
                            // a branch whose tip is not a readable commit tells nothing about activity
                        }
                    }
                }
            } catch (IOException e) {
                // no readable refs: no branch is known
            }
            branchTips = Collections.unmodifiableMap(tips);
        }
        return branchTips;
    }

    private String branchOf(String symbolic, String prefix) {
        try {
            Ref ref = repository.exactRef(symbolic);
            if (ref == null || !ref.isSymbolic()) {
                return null;
            }
            String target = ref.getTarget().getName();
            return target.startsWith(prefix) ? target.substring(prefix.length()) : null;
        } catch (IOException e) {
            return null;
        }
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
     * (contains a NUL byte in its first 8 KiB) or unreadable; then {@link #readProblem} says why.
     */
    public Optional<String> text(String path) {
        Optional<String> known = texts.get(path);
        if (known != null) {
            return known;
        }
        Optional<String> text = load(path, true);
        RepoFile f = files.get(path);
        return keep(path, text, f);
    }

    /** Keeps a text read within the budgets; returns the text kept (another thread's, if it raced). */
    private Optional<String> keep(String path, Optional<String> text, RepoFile f) {
        if (f == null || f.size() > CACHED_BYTES) {
            return text;
        }
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

    /** Why the file could not be read as text, if it could not (reading it if not read yet). */
    public Optional<String> readProblem(String path) {
        if (!texts.containsKey(path) && !unread.containsKey(path) && files.containsKey(path)) {
            text(path);
        }
        return Optional.ofNullable(unread.get(path));
    }

    /** The files an extractor asked for and could not read as text, with why, sorted by path. */
    public Map<String, String> unreadFiles() {
        return Collections.unmodifiableMap(new java.util.TreeMap<>(unread));
    }

    /** Reads the file; {@code record} keeps why it could not be read, as a file an extractor needed. */
    private Optional<String> load(String path, boolean record) {
        RepoFile f = files.get(path);
        ObjectId id = blobs.get(path);
        if (f == null || id == null) {
            return Optional.empty();
        }
        String missing = missingBlobs.get(path);
        BlobText read;
        if (missing != null) {
            read = BlobText.problem(missing);
        } else if (f.size() > MAX_FILE_BYTES) {
            read = BlobText.problem(BlobText.tooLarge(f.size(), MAX_FILE_BYTES));
        } else {
            ObjectReader reader = released ? null : readers.poll();
            if (reader == null) {
                reader = repository.newObjectReader();
            }
            try {
                read = BlobText.read(reader, id, MAX_FILE_BYTES);
            } finally {
                readers.offer(reader);
                if (released) {
                    release();
                }
            }
        }
        if (record && read.problem() != null && !BinaryNames.expected(path)) { // a .png holding NUL bytes is a .png
            unread.put(path, read.problem());
        }
        return read.asOptional();
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
        Optional<String> t = texts.get(path);
        if (t == null && !unread.containsKey(path)) {
            t = keep(path, load(path, false), files.get(path)); // a file cited but never read as text (a model file) is not an unread file
        }
        if (t == null || t.isEmpty()) {
            ObjectId id = blobs.get(path);
            return id == null ? null : "git-blob:" + id.getName();
        }
        return Digests.evidence(t.get());
    }
}
