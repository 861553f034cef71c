package dev.maturity.core.history;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.render.Escape;
import dev.maturity.core.render.ReportJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The history as rows for spreadsheets and BI tools: one per target x axis x track x scan, the
 * columns documented in docs/history.md. A scan that failed has one row with its status and reason
 * and empty axis, track and levels, so failures are counted too.
 */
public final class HistoryRows {

    /** The columns, in order; the CSV header and the JSON row fields. */
    public static final List<String> COLUMNS = List.of("target", "platform", "team", "scan_id", "scanned_at", "status",
            "rubric_version", "axis", "track", "applicable", "level", "ceiling", "criteria", "unknown", "reason");

    private HistoryRows() {
    }

    /** The rows as CSV with a header line; every field from outside the tool goes through {@link Escape#csv}. */
    public static void csv(List<HistoryEntry> scans, Appendable out) throws IOException {
        out.append(String.join(",", COLUMNS)).append("\r\n");
        for (HistoryEntry e : scans) {
            for (Object[] row : rows(e)) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    Object v = row[i];
                    out.append(v == null ? "" : v instanceof String s ? Escape.csv(s) : String.valueOf(v));
                }
                out.append("\r\n");
            }
        }
    }

    /** The rows as a JSON array of objects keyed by {@link #COLUMNS} (numbers and booleans typed, absent values null). */
    public static ArrayNode json(List<HistoryEntry> scans) {
        ArrayNode array = ReportJson.MAPPER.createArrayNode();
        for (HistoryEntry e : scans) {
            for (Object[] row : rows(e)) {
                ObjectNode o = array.addObject();
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    if (v == null) {
                        o.putNull(COLUMNS.get(i));
                    } else if (v instanceof Integer n) {
                        o.put(COLUMNS.get(i), n);
                    } else if (v instanceof Boolean b) {
                        o.put(COLUMNS.get(i), b);
                    } else {
                        o.put(COLUMNS.get(i), v.toString());
                    }
                }
            }
        }
        return array;
    }

    private static List<Object[]> rows(HistoryEntry e) {
        if (e.levels().isEmpty()) {
            return List.<Object[]>of(new Object[] {e.target(), e.platform(), e.team(), e.id(), e.scannedAt().toString(),
                e.status(), e.rubricVersion(), null, null, null, null, null, null, null, blankToNull(e.reason())});
        }
        return e.levels().stream().map(l -> {
            Map<String, Outcome> criteria = e.criteria(l.key());
            int unknown = (int) criteria.values().stream().filter(o -> o == Outcome.UNKNOWN).count();
            return new Object[] {e.target(), e.platform(), e.team(), e.id(), e.scannedAt().toString(), e.status(),
                e.rubricVersion(), l.key().axis().id(), l.key().track().id(), l.applicable(), l.level(), l.ceiling(),
                criteria.size(), unknown, blankToNull(e.reason())};
        }).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
