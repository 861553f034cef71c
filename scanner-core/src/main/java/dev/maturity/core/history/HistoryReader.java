package dev.maturity.core.history;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads scans with their levels and criterion outcomes back, oldest first, in three queries. */
final class HistoryReader {

    private final Connection c;

    HistoryReader(Connection c) {
        this.c = c;
    }

    List<String> targets() throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT target FROM scans ORDER BY target");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    List<HistoryEntry> read(String target, Instant since) throws SQLException {
        String where = " WHERE (? IS NULL OR s.target = ?) AND s.scanned_at >= ?";
        Map<String, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT s.id, s.target, s.platform, s.team, s.scanned_at, s.status,"
                + " s.reason, s.rubric_digest FROM scans s" + where + " ORDER BY s.scanned_at, s.recorded_at")) {
            bind(s, target, since);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.parse(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT l.scan_id, l.axis, l.track, l.applicable, l.level, l.ceiling"
                + " FROM axis_levels l JOIN scans s ON s.id = l.scan_id" + where)) {
            bind(s, target, since);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Row row = rows.get(rs.getString(1));
                    HistoryEntry.Key key = new HistoryEntry.Key(Axis.parse(rs.getString(2)), Track.parse(rs.getString(3)));
                    row.levels.add(new HistoryEntry.Level(key, rs.getShort(4) == 1, integer(rs, 5), integer(rs, 6)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT o.scan_id, o.axis, o.track, o.criterion, o.outcome"
                + " FROM criterion_outcomes o JOIN scans s ON s.id = o.scan_id" + where)) {
            bind(s, target, since);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Row row = rows.get(rs.getString(1));
                    HistoryEntry.Key key = new HistoryEntry.Key(Axis.parse(rs.getString(2)), Track.parse(rs.getString(3)));
                    row.criteria.computeIfAbsent(key, k -> new TreeMap<>()).put(rs.getString(4), Outcome.valueOf(rs.getString(5)));
                }
            }
        }
        return rows.values().stream().map(Row::entry).toList();
    }

    private static void bind(PreparedStatement s, String target, Instant since) throws SQLException {
        s.setString(1, target);
        s.setString(2, target);
        s.setString(3, since == null ? "" : since.toString());
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** A scan row while its levels and outcomes are gathered. */
    private record Row(String id, String target, String platform, String team, Instant scannedAt, String status,
                       String reason, String digest, List<HistoryEntry.Level> levels,
                       Map<HistoryEntry.Key, Map<String, Outcome>> criteria) {
        Row(String id, String target, String platform, String team, Instant scannedAt, String status, String reason,
            String digest) {
            this(id, target, platform, team, scannedAt, status, reason, digest, new ArrayList<>(), new LinkedHashMap<>());
        }

        HistoryEntry entry() {
            return new HistoryEntry(id, target, platform, team, scannedAt, status, reason, digest, levels, criteria);
        }
    }
}
