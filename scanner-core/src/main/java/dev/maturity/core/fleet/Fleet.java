package dev.maturity.core.fleet;

import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.history.Trends;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.score.Report;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the fleet page shows, computed from the history store as of {@code now}: targets (sorted by
 * platform, team, name), level movements since {@code point}, ranked upgrades, the distribution of
 * levels, and the scans whose stored report could not be read.
 */
public record Fleet(Instant now, Instant point, String store, List<Target> targets, List<Movement> regressions,
                    List<Movement> gains, List<FleetUpgrade> upgrades, Map<HistoryEntry.Key, int[]> distribution,
                    List<String> unreadable) {

    /**
     * One target: its scans in the window (levels only), trends, the latest scored scan and its report,
     * and whether its last scan failed or it is stale (no scan within twice its usual interval).
     */
    public record Target(String name, String platform, String team, List<HistoryEntry> scans, Trends trends,
                         HistoryEntry latest, Report report, HistoryEntry lastScan, Duration usualInterval, boolean stale) {

        public boolean failing() {
            return !lastScan.scored();
        }

        /** The anchor id of this target on the page: its position, so any name is safe in an id. */
        public String anchor(int index) {
            return "t" + index;
        }
    }

    /** A level that moved between the scan at (or before) the point and the latest scan. */
    public record Movement(Target target, HistoryEntry.Key key, HistoryEntry before, HistoryEntry after, Integer from,
                           Integer to, List<Flip> flips) {
    }

    /** A criterion whose outcome differs between the two scans, with the evidence locators that show it. */
    public record Flip(String criterion, Outcome before, Outcome after, List<String> locators) {
    }

    /**
     * A criterion that holds targets below their next level: {@code lifts} are the targets (with the
     * axis x track) whose next level it alone would reach, {@code holds} those where it is one of several gaps.
     */
    public record FleetUpgrade(String criterion, String remediation, List<Lift> lifts, List<Lift> holds) {
    }

    /** A target's axis x track that a criterion holds at a level. */
    public record Lift(String target, HistoryEntry.Key key, int level) {
    }
}
