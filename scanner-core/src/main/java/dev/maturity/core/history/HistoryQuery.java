package dev.maturity.core.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which scans to read: one target, platform or team (each null for all), from an instant on (null
 * for all time), with or without every criterion's outcome (the fleet page reads levels only and
 * fetches the few reports it shows). Each filter becomes a bound SQL condition only when given, so
 * the target and time indexes serve the query.
 */
public record HistoryQuery(String target, String platform, String team, Instant since, boolean criteria) {

    /** Everything, with criteria. */
    public static HistoryQuery all() {
        return new HistoryQuery(null, null, null, null, true);
    }

    public HistoryQuery withoutCriteria() {
        return new HistoryQuery(target, platform, team, since, false);
    }

    /** The WHERE clause over {@code scans s} (empty when nothing is filtered). */
    String where() {
        List<String> conditions = new ArrayList<>();
        if (target != null) {
            conditions.add("s.target = ?");
        }
        if (platform != null) {
            conditions.add("s.platform = ?");
        }
        if (team != null) {
            conditions.add("s.team = ?");
        }
        if (since != null) {
            conditions.add("s.scanned_at >= ?");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The values of {@link #where()}'s parameters, in order. */
    List<String> parameters() {
        List<String> values = new ArrayList<>();
        for (String v : new String[] {target, platform, team}) {
            if (v != null) {
                values.add(v);
            }
        }
        if (since != null) {
            values.add(since.toString());
        }
        return values;
    }
}
