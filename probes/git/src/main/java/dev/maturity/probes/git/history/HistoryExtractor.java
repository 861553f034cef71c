package dev.maturity.probes.git.history;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.TreeBounds;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevFlag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Reads the history behind the scanned commit in one pass: a single walk that diffs each commit
 * against its first parent, restricted to ML paths, records every commit in the last
 * {@link #RECORD_DAYS} days before the scan time that changed them ({@link MlChange}), and counts
 * changes per path kind over all history ({@link PathActivity}). A shallow clone or a missing
 * parent makes the {@code git.history} domain unavailable rather than short.
 */
public final class HistoryExtractor implements Extractor {

    /** The domain the history probes depend on. */
    public static final String DOMAIN = "git.history";

    /** How far back before the scan time commits are kept as individual records. */
    public static final int RECORD_DAYS = 400;

    private final MlPaths paths;

    /** Records the ML paths of the rubric's parameters ({@code paths.<kind>}, {@code risk.paths}), else the defaults. */
    public HistoryExtractor() {
        this.paths = null;
    }

    public HistoryExtractor(MlPaths paths) {
        this.paths = paths;
    }

    @Override
    public boolean readsHistory() {
        return true;
    }

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        Path shallow = repo.repository().getDirectory().toPath().resolve("shallow");
        if (Files.exists(shallow)) {
            sink.unavailable(DOMAIN, "shallow clone: history is cut off (" + shallow.getFileName()
                    + " file present); fetch the full history to assess it");
            return;
        }
        try {
            Walk walk = walk(repo);
            walk.changes.forEach(sink::fact);
            walk.activity.values().forEach(sink::fact);
            sink.fact(new HistoryWalk(repo.name(), repo.commitId(), walk.commits, walk.changes.size(), walk.oldest,
                    new Evidence(GitLocation.commit(repo.name(), repo.commitId()), Strength.ALIVE, "git:" + repo.commitId(),
                            "history walked: " + walk.commits + " commit(s) back to " + walk.oldest
                                    + ", " + walk.changes.size() + " changing ML paths in the last " + RECORD_DAYS + " days"
                                    + (walk.skipped.isEmpty() ? "" : "; subtrees past the tree bounds left out of the diffs: "
                                            + String.join(", ", walk.skipped)))));
        } catch (MissingObjectException e) {
            sink.unavailable(DOMAIN, "shallow clone or missing objects: commit history is cut off at " + e.getObjectId().getName());
        } catch (IOException | RuntimeException e) {
            sink.unavailable(DOMAIN, "history unreadable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** What one walk collected. */
    private static final class Walk {
        final List<MlChange> changes = new ArrayList<>();
        final Map<PathKind, PathActivity> activity = new EnumMap<>(PathKind.class);
        final java.util.SortedSet<String> skipped = new java.util.TreeSet<>();

        synchronized void skipped(TreeBounds.Skipped s) { // the diff threads report here
            if (skipped.size() < 5) {
                skipped.add(s.path());
            }
        }
        int commits;
        Instant oldest;
    }

    private Walk walk(RepoSnapshot snapshot) throws IOException {
        Repository repo = snapshot.repository();
        Instant asOf = snapshot.asOf();
        long asOfSeconds = asOf.getEpochSecond();
        long recordFrom = asOf.minus(Duration.ofDays(RECORD_DAYS)).getEpochSecond();
        Walk out = new Walk();
        MlPaths ml = paths != null ? paths : MlPaths.from(snapshot.parameters());
        Map<ObjectId, RevCommit> via = new HashMap<>();
        List<RevCommit> commits = new ArrayList<>();
        List<RevCommit> mergedBy = new ArrayList<>();
        BitSet onMain = new BitSet();
        try (ObjectReader reader = repo.newObjectReader(); RevWalk rw = new RevWalk(reader)) {
            rw.setRetainBody(false);
            RevFlag mainline = rw.newFlag("mainline");
            RevCommit head = rw.parseCommit(snapshot.commit());
            head.add(mainline);
            rw.markStart(head);
            for (RevCommit c = rw.next(); c != null; c = rw.next()) {
                out.commits++;
                long when = c.getCommitTime();
                out.oldest = Instant.ofEpochSecond(when);
                boolean main = c.has(mainline);
                RevCommit brought = via.remove(c);
                RevCommit merge = main ? null : brought;
                link(c, main, merge, mainline, via);
                if (when <= asOfSeconds) {
                    onMain.set(commits.size(), main);
                    commits.add(c);
                    mergedBy.add(merge);
                }
            }
            via.clear();
            TreeBounds bounds = TreeBounds.of(reader, snapshot.parameters());
            CommitDiffs.Changed[] changed = CommitDiffs.diff(repo, ml, commits, bounds.maxPaths(), bounds.maxDepth(), out::skipped);
            for (int i = 0; i < commits.size(); i++) {
                if (!changed[i].kinds().isEmpty()) {
                    add(snapshot, rw, out, recordFrom, ml, commits.get(i), changed[i], onMain.get(i), mergedBy.get(i));
                }
            }
        }
        return out;
    }

    /** Counts a commit that changed ML paths, and records it when it falls in the record window. */
    private static void add(RepoSnapshot snapshot, RevWalk rw, Walk out, long recordFrom, MlPaths ml, RevCommit c,
                            CommitDiffs.Changed d, boolean onMain, RevCommit mergedBy) throws IOException {
        if (onMain) {
            count(snapshot, out, c, d.kinds(), d.paths(), ml);
        }
        if (c.getCommitTime() >= recordFrom) {
            rw.parseBody(c);
            out.changes.add(record(snapshot, c, d.kinds(), d.paths(), onMain, mergedBy));
            c.disposeBody();
        }
    }

    /** Marks the first parent of a mainline commit as mainline, and remembers which merge brought in branch commits. */
    private static void link(RevCommit c, boolean onMain, RevCommit mergedBy, RevFlag mainline, Map<ObjectId, RevCommit> via) {
        RevCommit[] parents = c.getParents();
        if (parents.length == 0) {
            return;
        }
        if (onMain) {
            parents[0].add(mainline);
            for (int i = 1; i < parents.length; i++) {
                via.putIfAbsent(parents[i], c);
            }
        } else {
            for (RevCommit p : parents) {
                if (!p.has(mainline)) {
                    via.putIfAbsent(p, mergedBy == null ? c : mergedBy);
                }
            }
        }
    }

    private static void count(RepoSnapshot snapshot, Walk out, RevCommit c, Set<PathKind> kinds, List<String> changed,
                              MlPaths ml) {
        for (PathKind k : kinds) {
            PathActivity prev = out.activity.get(k);
            if (prev == null) {
                String id = c.getName();
                Instant t = Instant.ofEpochSecond(c.getCommitTime());
                String path = changed.stream().filter(p -> ml.classify(p).contains(k)).findFirst().orElse("");
                out.activity.put(k, new PathActivity(snapshot.name(), k, 1, t, id, new Evidence(
                        GitLocation.file(snapshot.name(), id, path), Strength.ALIVE, "git:" + id,
                        k.name().toLowerCase(java.util.Locale.ROOT) + " paths last changed " + t)));
            } else {
                out.activity.put(k, new PathActivity(prev.repo(), k, prev.changes() + 1, prev.lastChanged(), prev.lastCommit(),
                        prev.evidence()));
            }
        }
    }

    private static MlChange record(RepoSnapshot snapshot, RevCommit c, Set<PathKind> kinds, List<String> changed,
                                   boolean onMain, RevCommit mergedBy) {
        PersonIdent author = c.getAuthorIdent();
        PersonIdent committer = c.getCommitterIdent();
        String message = c.getFullMessage();
        Arrival arrival = onMain
                ? Arrival.ofMainline(c.getParentCount(), message, author.getEmailAddress(), committer.getEmailAddress())
                : Arrival.VIA_MERGE;
        String subject = c.getShortMessage();
        subject = subject.length() > 100 ? subject.substring(0, 100) + "…" : subject;
        Instant time = Instant.ofEpochSecond(c.getCommitTime());
        String id = c.getName();
        String detail = time + " " + kinds.stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList()
                + " change by " + author.getName() + " (committed by " + committer.getName() + "), " + arrival.describe()
                + (mergedBy == null ? "" : " " + mergedBy.getName().substring(0, 12)) + ": " + subject;
        return new MlChange(snapshot.name(), id, time, author.getName(), author.getEmailAddress(), committer.getName(),
                committer.getEmailAddress(), kinds, changed, onMain, c.getParentCount() > 1, arrival,
                mergedBy == null ? null : mergedBy.getName(), subject,
                new Evidence(GitLocation.file(snapshot.name(), id, changed.isEmpty() ? "" : changed.get(0)), Strength.ALIVE,
                        "git:" + id, detail));
    }
}
