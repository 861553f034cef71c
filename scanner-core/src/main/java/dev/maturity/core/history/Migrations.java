package dev.maturity.core.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The versioned schema, the same SQL for SQLite and PostgreSQL. Each migration runs in its own
 * transaction together with its row in {@code maturity_schema}; when two processes race to
 * migrate, the loser rolls back, re-reads the version and carries on.
 */
final class Migrations {

    /** One schema step. */
    record Migration(int version, String description, List<String> statements) {
    }

    static final List<Migration> ALL = List.of(
            new Migration(1, "scans, axis levels and criterion outcomes", List.of(
                    "CREATE TABLE scans (id VARCHAR(36) PRIMARY KEY, target VARCHAR(200) NOT NULL,"
                            + " platform VARCHAR(200), team VARCHAR(200), scanned_at VARCHAR(40) NOT NULL,"
                            + " recorded_at BIGINT NOT NULL, status VARCHAR(20) NOT NULL, reason TEXT,"
                            + " rubric_digest VARCHAR(100), tool_version VARCHAR(50), report TEXT)",
                    "CREATE TABLE axis_levels (scan_id VARCHAR(36) NOT NULL REFERENCES scans (id),"
                            + " axis VARCHAR(30) NOT NULL, track VARCHAR(20) NOT NULL, applicable SMALLINT NOT NULL,"
                            + " level INTEGER, ceiling INTEGER, PRIMARY KEY (scan_id, axis, track))",
                    "CREATE TABLE criterion_outcomes (scan_id VARCHAR(36) NOT NULL REFERENCES scans (id),"
                            + " axis VARCHAR(30) NOT NULL, track VARCHAR(20) NOT NULL, criterion VARCHAR(200) NOT NULL,"
                            + " outcome VARCHAR(20) NOT NULL, PRIMARY KEY (scan_id, axis, track, criterion))")),
            new Migration(2, "index scans by target and time", List.of(
                    "CREATE INDEX scans_target_time ON scans (target, scanned_at, recorded_at)")),
            // The time index covers every column the history reads list, so reading a fleet's scans never
            // touches the stored reports (in SQLite, a column added after `report` sits behind its overflow pages).
            new Migration(3, "rubric version per scan, index scans by time", List.of(
                    "ALTER TABLE scans ADD COLUMN rubric_version VARCHAR(100)",
                    "CREATE INDEX scans_time ON scans (scanned_at, recorded_at, id, target, platform, team, status,"
                            + " rubric_digest, rubric_version, reason)")));

    static final int LATEST = ALL.get(ALL.size() - 1).version();

    private Migrations() {
    }

    /** Brings the schema up to {@link #LATEST}; returns the version found before. */
    static int migrate(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        try {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS maturity_schema (version INTEGER PRIMARY KEY,"
                        + " description VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL)");
            } catch (SQLException raced) {
                // Another process created it at the same moment (PostgreSQL reports a duplicate type).
            }
            int before = version(c);
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    applyPending(c);
                    if (before > 0 && before < 3) {
                        backfillRubricVersions(c);
                    }
                    return before;
                } catch (SQLException e) {
                    if (attempt == 4) {
                        throw e;
                    }
                }
            }
            return before;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void applyPending(Connection c) throws SQLException {
        for (Migration m : ALL) {
            if (m.version() <= version(c)) {
                continue;
            }
            c.setAutoCommit(false);
            try (PreparedStatement mark = c.prepareStatement(
                    "INSERT INTO maturity_schema (version, description, applied_at) VALUES (?, ?, ?)");
                 Statement s = c.createStatement()) {
                mark.setInt(1, m.version());
                mark.setString(2, m.description());
                mark.setString(3, Instant.now().toString());
                mark.executeUpdate();
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Scans recorded before migration 3 carry their rubric version only inside the stored report:
     * copy it into the column, once (rows already filled are left alone, so a racing process is harmless).
     */
    private static void backfillRubricVersions(Connection c) throws SQLException {
        try (PreparedStatement read = c.prepareStatement(
                "SELECT id, report FROM scans WHERE rubric_version IS NULL AND report IS NOT NULL");
             PreparedStatement write = c.prepareStatement("UPDATE scans SET rubric_version = ? WHERE id = ?");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                String version = rubricVersion(rs.getString(2));
                if (version != null) {
                    write.setString(1, version);
                    write.setString(2, rs.getString(1));
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
    }

    private static String rubricVersion(String reportJson) {
        try {
            com.fasterxml.jackson.databind.JsonNode v = dev.maturity.core.render.ReportJson.MAPPER.readTree(reportJson)
                    .path("rubric").path("version");
            return v.isTextual() ? v.asText() : null;
        } catch (java.io.IOException e) {
            return null; // a report that does not parse keeps a null version; the scan still reads back
        }
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(version) FROM maturity_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
