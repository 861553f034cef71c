package dev.maturity.core.fleet;

import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.history.HistoryQuery;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.history.Trends;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.Report;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the {@link Fleet} from the store in two reads: the levels of every scan in the window (no
 * criteria), then the stored reports of only the scans shown in detail — each target's latest, and the
 * scan before a movement — so the page costs one report per target, not one per scan.
 */
public final class FleetReader {

    private FleetReader() {
    }

    public static Fleet read(HistoryStore store, HistoryQuery query, Instant point, Instant now) {
        List<HistoryEntry> entries = store.read(query.withoutCriteria());
        Map<String, List<HistoryEntry>> byTarget = entries.stream()
                .collect(Collectors.groupingBy(HistoryEntry::target, TreeMap::new, Collectors.toList()));
        Map<String, Trends> trends = Trends.of(entries).stream().collect(Collectors.toMap(Trends::target, t -> t));
        Map<String, HistoryEntry> baselines = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>();
        byTarget.forEach((name, scans) -> {
            HistoryEntry latest = latestScored(scans, null);
            HistoryEntry before = latestScored(scans, point);
            if (latest != null) {
                wanted.add(latest.id());
            }
            if (before != null && latest != null && before != latest && moved(before, latest)) {
                baselines.put(name, before);
                wanted.add(before.id());
            }
        });
        Map<String, String> failed = new LinkedHashMap<>();
        Map<String, Report> reports = store.reports(wanted, failed);
        List<String> unreadable = new ArrayList<>();
        entries.stream().filter(e -> failed.containsKey(e.id())).forEach(e -> unreadable.add(e.target() + ", scan of "
                + e.scannedAt() + " (" + e.id() + "): its stored report does not parse (" + failed.get(e.id()) + ")"));
        List<Fleet.Target> targets = new ArrayList<>();
        byTarget.forEach((name, scans) -> {
            HistoryEntry latest = latestScored(scans, null);
            HistoryEntry last = scans.get(scans.size() - 1);
            Duration usual = usualInterval(scans);
            boolean stale = usual != null && Duration.between(last.scannedAt(), now).compareTo(usual.multipliedBy(2)) > 0;
            targets.add(new Fleet.Target(name, last.platform(), last.team(), scans, trends.get(name), latest,
                    latest == null ? null : reports.get(latest.id()), last, usual, stale));
        });
        targets.sort(Comparator.comparing((Fleet.Target t) -> t.platform() == null ? "\uffff" : t.platform())
                .thenComparing(t -> t.team() == null ? "\uffff" : t.team()).thenComparing(Fleet.Target::name));
        List<Fleet.Movement> regressions = new ArrayList<>();
        List<Fleet.Movement> gains = new ArrayList<>();
        for (Fleet.Target t : targets) {
            HistoryEntry before = baselines.get(t.name());
            if (before != null) {
                Movements.between(t, before, reports.get(before.id())).forEach(m ->
                        (m.to() == null || (m.from() != null && m.to() < m.from()) ? regressions : gains).add(m));
            }
        }
        return new Fleet(now, point, store.location(), targets, regressions, gains, FleetUpgrades.rank(targets),
                distribution(targets), unreadable);
    }

    /** The last scored scan (at or before {@code until} when given). */
    private static HistoryEntry latestScored(List<HistoryEntry> scans, Instant until) {
        HistoryEntry found = null;
        for (HistoryEntry e : scans) {
            if (e.scored() && (until == null || !e.scannedAt().isAfter(until))) {
                found = e;
            }
        }
        return found;
    }

    private static boolean moved(HistoryEntry before, HistoryEntry after) {
        for (Axis a : Axis.values()) {
            for (Track t : Track.values()) {
                HistoryEntry.Key k = new HistoryEntry.Key(a, t);
                if (!Objects.equals(level(before, k), level(after, k))) {
                    return true;
                }
            }
        }
        return false;
    }

    static Integer level(HistoryEntry e, HistoryEntry.Key k) {
        return e.level(k).filter(HistoryEntry.Level::applicable).map(HistoryEntry.Level::level).orElse(null);
    }

    /** The median time between consecutive scans, or null with fewer than two scans. */
    static Duration usualInterval(List<HistoryEntry> scans) {
        if (scans.size() < 2) {
            return null;
        }
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < scans.size(); i++) {
            gaps.add(Duration.between(scans.get(i - 1).scannedAt(), scans.get(i).scannedAt()));
        }
        gaps.sort(Comparator.naturalOrder());
        return gaps.get(gaps.size() / 2);
    }

    /** Per axis x track, how many targets' latest scans are at each level; index 0 counts targets where the track does not apply. */
    private static Map<HistoryEntry.Key, int[]> distribution(List<Fleet.Target> targets) {
        Map<HistoryEntry.Key, int[]> out = new LinkedHashMap<>();
        for (Axis a : Axis.values()) {
            for (Track t : Track.values()) {
                HistoryEntry.Key k = new HistoryEntry.Key(a, t);
                int[] counts = new int[6];
                for (Fleet.Target target : targets) {
                    if (target.latest() != null) {
                        Integer l = level(target.latest(), k);
                        counts[l == null ? 0 : Math.max(1, Math.min(5, l))]++;
                    }
                }
                out.put(k, counts);
            }
        }
        return out;
    }
}
