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

/** Reads scans with their levels and (when asked) criterion outcomes back, oldest first, in three queries. */
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

    List<HistoryEntry> read(HistoryQuery q) throws SQLException {
        String where = q.where();
        Map<String, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(scansSql(where))) {
            bind(s, q);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.parse(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(levelsSql(where))) {
            bind(s, q);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Row row = rows.get(rs.getString(1));
                    if (row == null) {
                        continue; // appended after the scans were read: the next read shows it whole
                    }
                    HistoryEntry.Key key = new HistoryEntry.Key(Axis.parse(rs.getString(2)), Track.parse(rs.getString(3)));
                    row.levels.add(new HistoryEntry.Level(key, rs.getShort(4) == 1, integer(rs, 5), integer(rs, 6)));
                }
            }
        }
        if (q.criteria()) {
            try (PreparedStatement s = c.prepareStatement(criteriaSql(where))) {
                bind(s, q);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Row row = rows.get(rs.getString(1));
                        if (row == null) {
                            continue;
                        }
                        HistoryEntry.Key key = new HistoryEntry.Key(Axis.parse(rs.getString(2)), Track.parse(rs.getString(3)));
                        row.criteria.computeIfAbsent(key, k -> new TreeMap<>()).put(rs.getString(4), Outcome.valueOf(rs.getString(5)));
                    }
                }
            }
        }
        return rows.values().stream().map(Row::entry).toList();
    }

    /** The stored JSON reports of the given scans (scans that were not scored have none), by scan id, in batches. */
    Map<String, String> reports(List<String> ids) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT id, report FROM scans WHERE id IN (" + marks + ")"
                    + " AND report IS NOT NULL")) {
                for (int i = 0; i < batch.size(); i++) {
                    s.setString(i + 1, batch.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        return out;
    }

    private static final int BATCH = 500;

    private static String scansSql(String where) {
        return "SELECT s.id, s.target, s.platform, s.team, s.scanned_at, s.status, s.reason, s.rubric_digest,"
                + " s.rubric_version FROM scans s" + where + " ORDER BY s.scanned_at, s.recorded_at";
    }

    /** Levels of the selected scans; with no filter, every row without a join (one index search per row saved). */
    private static String levelsSql(String where) {
        return "SELECT l.scan_id, l.axis, l.track, l.applicable, l.level, l.ceiling FROM axis_levels l"
                + (where.isEmpty() ? "" : " JOIN scans s ON s.id = l.scan_id" + where);
    }

    private static String criteriaSql(String where) {
        return "SELECT o.scan_id, o.axis, o.track, o.criterion, o.outcome FROM criterion_outcomes o"
                + (where.isEmpty() ? "" : " JOIN scans s ON s.id = o.scan_id" + where);
    }

    /** The plan of each read a query makes (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL), one string each. */
    List<String> plans(HistoryQuery q, boolean sqlite) throws SQLException {
        List<String> out = new ArrayList<>();
        List<String> sqls = new ArrayList<>(List.of(scansSql(q.where()), levelsSql(q.where())));
        if (q.criteria()) {
            sqls.add(criteriaSql(q.where()));
        }
        for (String sql : sqls) {
            try (PreparedStatement s = c.prepareStatement((sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql)) {
                bind(s, q);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(sqlite ? 4 : 1)).append('\n');
                    }
                }
                out.add(plan.toString());
            }
        }
        return out;
    }

    private static void bind(PreparedStatement s, HistoryQuery q) throws SQLException {
        List<String> values = q.parameters();
        for (int i = 0; i < values.size(); i++) {
            s.setString(i + 1, values.get(i));
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** A scan row while its levels and outcomes are gathered. */
    private record Row(String id, String target, String platform, String team, Instant scannedAt, String status,
                       String reason, String digest, String rubricVersion, List<HistoryEntry.Level> levels,
                       Map<HistoryEntry.Key, Map<String, Outcome>> criteria) {
        Row(String id, String target, String platform, String team, Instant scannedAt, String status, String reason,
            String digest, String rubricVersion) {
            this(id, target, platform, team, scannedAt, status, reason, digest, rubricVersion, new ArrayList<>(),
                    new LinkedHashMap<>());
        }

        HistoryEntry entry() {
            return new HistoryEntry(id, target, platform, team, scannedAt, status, reason, digest, rubricVersion, levels,
                    criteria);
        }
    }
}
