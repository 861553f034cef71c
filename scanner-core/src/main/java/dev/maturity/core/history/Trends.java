package dev.maturity.core.history;

import dev.maturity.core.model.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A target's history read as trends: per axis x track the level of each scored scan, and every
 * pair of consecutive scored scans where a level changed, with the criteria that flipped.
 */
public record Trends(String target, String platform, String team, List<HistoryEntry> scans,
                     Map<HistoryEntry.Key, List<Point>> series, List<Change> changes) {

    /** The level and ceiling of one axis x track at one scan; null values when not applicable. */
    public record Point(String scanId, Instant scannedAt, Integer level, Integer ceiling) {
    }

    /** A level that moved between two consecutive scored scans, and the criterion outcomes that moved with it. */
    public record Change(HistoryEntry.Key key, String fromScan, String toScan, Instant at, Integer from, Integer to,
                         List<Flip> flipped) {
    }

    /** One criterion whose outcome differs between two scans. */
    public record Flip(String criterion, Outcome before, Outcome after) {
    }

    /** Groups entries by target (in name order) and computes each one's trends. */
    public static List<Trends> of(List<HistoryEntry> entries) {
        Map<String, List<HistoryEntry>> byTarget = entries.stream()
                .collect(Collectors.groupingBy(HistoryEntry::target, TreeMap::new, Collectors.toList()));
        return byTarget.values().stream().map(Trends::forTarget).toList();
    }

    static Trends forTarget(List<HistoryEntry> scans) {
        HistoryEntry last = scans.get(scans.size() - 1);
        List<HistoryEntry> scored = scans.stream().filter(HistoryEntry::scored).toList();
        TreeSet<HistoryEntry.Key> keys = new TreeSet<>(java.util.Comparator.comparing(HistoryEntry.Key::axis)
                .thenComparing(HistoryEntry.Key::track));
        scored.forEach(e -> e.levels().forEach(l -> keys.add(l.key())));
        Map<HistoryEntry.Key, List<Point>> series = new LinkedHashMap<>();
        for (HistoryEntry.Key key : keys) {
            series.put(key, scored.stream().map(e -> {
                HistoryEntry.Level l = e.level(key).orElse(null);
                return new Point(e.id(), e.scannedAt(), l == null ? null : l.level(), l == null ? null : l.ceiling());
            }).toList());
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i < scored.size(); i++) {
            HistoryEntry before = scored.get(i - 1);
            HistoryEntry after = scored.get(i);
            for (HistoryEntry.Key key : keys) {
                Integer from = before.level(key).map(HistoryEntry.Level::level).orElse(null);
                Integer to = after.level(key).map(HistoryEntry.Level::level).orElse(null);
                if (!Objects.equals(from, to)) {
                    changes.add(new Change(key, before.id(), after.id(), after.scannedAt(), from, to,
                            flips(before.criteria(key), after.criteria(key))));
                }
            }
        }
        return new Trends(last.target(), last.platform(), last.team(), scans, series, changes);
    }

    private static List<Flip> flips(Map<String, Outcome> before, Map<String, Outcome> after) {
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<Flip> out = new ArrayList<>();
        for (String id : ids) {
            Outcome b = before.get(id);
            Outcome a = after.get(id);
            if (b != a) {
                out.add(new Flip(id, b, a));
            }
        }
        return out;
    }

    /** Levels 1-5 as a text sparkline, oldest first: one block per scan, a dot where not applicable. */
    public static String sparkline(List<Point> points) {
        String blocks = "▁▃▄▆█";
        StringBuilder sb = new StringBuilder();
        for (Point p : points) {
            sb.append(p.level() == null ? '·' : blocks.charAt(Math.max(0, Math.min(4, p.level() - 1))));
        }
        return sb.toString();
    }
}
