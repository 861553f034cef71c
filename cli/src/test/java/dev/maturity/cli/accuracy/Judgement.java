package dev.maturity.cli.accuracy;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import java.util.Map;

/**
 * One repository of the accuracy corpus as a reviewer judged it by hand, before any scan: the
 * pinned commit, its date (the scan's {@code --as-of}) and, per track, whether it applies and the
 * accepted level range of each axis.
 */
record Judgement(String repo, String sha, String asOf, String category, String judge, String file,
                 Map<Track, TrackJudgement> tracks) {

    /** How a reviewer judged a track's applicability. */
    enum Applicability { APPLICABLE, NOT_APPLICABLE, EITHER }

    /** A track's judgement: applicability and, unless not applicable, a cell per axis. */
    record TrackJudgement(Applicability applicability, Map<Axis, Cell> cells) {
        static TrackJudgement notApplicable() {
            return new TrackJudgement(Applicability.NOT_APPLICABLE, Map.of());
        }
    }

    /** A judged level with its accepted range {@code lo..hi} and the evidence line behind it. */
    record Cell(int level, int lo, int hi, String why) {
        boolean accepts(int scanned) {
            return scanned >= lo && scanned <= hi;
        }

        String range() {
            return lo == hi ? Integer.toString(lo) : lo + "-" + hi;
        }
    }
}
