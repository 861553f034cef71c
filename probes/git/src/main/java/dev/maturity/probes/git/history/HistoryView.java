package dev.maturity.probes.git.history;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the history probes share: the changes in a window, what was walked (for NOT_MET citations), the common first checks. */
final class HistoryView {

    /** The kinds whose changes count as "commits touching ML paths" for review. */
    static final Set<PathKind> REVIEWED_KINDS = EnumSet.of(PathKind.PROMPT, PathKind.TRAINING, PathKind.EVAL,
            PathKind.EVAL_DATA, PathKind.DEPLOY, PathKind.DATA_CONFIG);

    /** Most evidence items a finding lists; the summary gives the full count. */
    static final int MAX_EVIDENCE = 40;

    private HistoryView() {
    }

    /** UNKNOWN when the tree or the history was not read. */
    static Optional<Finding> unread(Facts facts, String probeId) {
        return GitProbes.unread(facts, probeId, GitCollector.TREE, HistoryExtractor.DOMAIN);
    }

    /** Changes that landed on the scanned branch (first-parent line) in {@code (asOf - days, asOf]}, oldest first. */
    static List<MlChange> landed(Facts facts, Instant asOf, int days) {
        Instant from = asOf.minus(Duration.ofDays(days));
        return facts.of(MlChange.class).stream()
                .filter(MlChange::mainline)
                .filter(c -> c.time().isAfter(from) && !c.time().isAfter(asOf))
                .sorted(Comparator.comparing(MlChange::time).thenComparing(MlChange::commit))
                .toList();
    }

    /** The history walks (and trees) read, as evidence for a NOT_MET. */
    static List<Evidence> walked(Facts facts) {
        List<Evidence> ev = new ArrayList<>(facts.of(HistoryWalk.class).stream().map(HistoryWalk::evidence).toList());
        ev.addAll(GitProbes.searched(facts));
        return ev;
    }

    /** NOT_MET citing the listed evidence (capped) and the history that was walked. */
    static Finding notMet(Facts facts, String probeId, String summary, List<Evidence> partial) {
        List<Evidence> ev = new ArrayList<>(cap(partial));
        ev.addAll(walked(facts));
        return Finding.notMet(probeId, summary, ev);
    }

    /** The change's evidence at its first path of one of the kinds. */
    static Evidence at(MlChange c, MlPaths paths, Set<PathKind> kinds) {
        return c.evidenceAt(p -> paths.classify(p).stream().anyMatch(kinds::contains));
    }

    static List<Evidence> cap(List<Evidence> ev) {
        return ev.size() <= MAX_EVIDENCE ? ev : ev.subList(0, MAX_EVIDENCE);
    }

    static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
