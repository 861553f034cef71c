package dev.maturity.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.secret.Redactor;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The append-only history of scans, in an SQLite file or a PostgreSQL database reached by JDBC URL,
 * with the same schema in both. Each append is one transaction: a scan killed part-way leaves no trace.
 */
public final class HistoryStore {

    private static final AtomicLong LAST_RECORDED = new AtomicLong();
    /** One SQLite writer per file per process: threads queue here instead of in SQLite's sleeping busy handler. */
    private static final Map<String, Object> SQLITE_WRITERS = new ConcurrentHashMap<>();

    private final String url;
    private final String display;

    private HistoryStore(String url) {
        this.url = url;
        this.display = redact(url);
    }

    /**
     * Opens (creating and migrating as needed) the store at a JDBC URL ({@code jdbc:postgresql://...},
     * {@code jdbc:sqlite:...}) or an SQLite file path.
     */
    public static HistoryStore open(String location) {
        Objects.requireNonNull(location, "location");
        String url = location.startsWith("jdbc:") ? location : sqliteFile(Path.of(location));
        HistoryStore store = new HistoryStore(url);
        try (Connection c = store.connect()) {
            Migrations.migrate(c);
        } catch (SQLException e) {
            throw new HistoryException("cannot open history " + store.display + ": " + e.getMessage() + nativeLibraryHint(e), e);
        }
        return store;
    }

    /** SQLite says only "Error opening connection" when this platform's native library is not in the jar. */
    static String nativeLibraryHint(Throwable e) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().startsWith("No native library found")) {
                return " (no SQLite native library for " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                        + " in this build: use a PostgreSQL history, jdbc:postgresql://..., or -Dorg.sqlite.lib.path=DIR"
                        + " naming a directory that holds libsqlitejdbc for this platform)";
            }
        }
        return "";
    }

    /** The default store: {@code $XDG_DATA_HOME/maturity/history.db}, else {@code ~/.local/share/maturity/history.db}. */
    public static Path defaultFile(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("maturity").resolve("history.db");
    }

    private static String sqliteFile(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new HistoryException("cannot create the folder of history file " + file + ": " + e.getMessage(), e);
        }
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** Where the store is, with any password removed. */
    public String location() {
        return display;
    }

    public int schemaVersion() {
        try (Connection c = connect()) {
            return Migrations.version(c);
        } catch (SQLException e) {
            throw new HistoryException("cannot read history " + display + ": " + e.getMessage(), e);
        }
    }

    /** Appends one scan in a single transaction and returns its id. */
    public String append(Recorded r) {
        return append(r, () -> { });
    }

    /** As {@link #append(Recorded)}, running {@code betweenStatements} after the scan row (tests interrupt here). */
    String append(Recorded r, Runnable betweenStatements) {
        if (url.startsWith("jdbc:sqlite:")) {
            synchronized (SQLITE_WRITERS.computeIfAbsent(url, k -> new Object())) {
                return write(r, betweenStatements);
            }
        }
        return write(r, betweenStatements);
    }

    private String write(Recorded r, Runnable betweenStatements) {
        String id = UUID.randomUUID().toString();
        Report report = r.report();
        Instant scannedAt = report == null ? Instant.now() : Instant.parse(report.scannedAt());
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                insertScan(c, id, r, scannedAt);
                betweenStatements.run();
                if (report != null) {
                    insertLevels(c, id, report);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new HistoryException("cannot append to history " + display + ": " + e.getMessage(), e);
        }
        return id;
    }

    private static void insertScan(Connection c, String id, Recorded r, Instant scannedAt) throws SQLException {
        Report report = r.report();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO scans (id, target, platform, team, scanned_at,"
                + " recorded_at, status, reason, rubric_digest, tool_version, report, rubric_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, r.target());
            s.setString(3, r.platform());
            s.setString(4, r.team());
            s.setString(5, scannedAt.toString());
            s.setLong(6, LAST_RECORDED.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis() * 1000)));
            s.setString(7, r.status());
            s.setString(8, r.reason());
            s.setString(9, report == null ? null : report.rubric().digest());
            s.setString(10, report == null ? null : report.tool().version());
            s.setString(11, report == null ? null : json(report));
            s.setString(12, report == null ? null : report.rubric().version());
            s.executeUpdate();
        }
    }

    private static void insertLevels(Connection c, String id, Report report) throws SQLException {
        try (PreparedStatement l = c.prepareStatement("INSERT INTO axis_levels (scan_id, axis, track, applicable,"
                + " level, ceiling) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement o = c.prepareStatement("INSERT INTO criterion_outcomes (scan_id, axis, track,"
                     + " criterion, outcome) VALUES (?, ?, ?, ?, ?)")) {
            for (AxisResult a : report.axes()) {
                l.setString(1, id);
                l.setString(2, a.axis().id());
                l.setString(3, a.track().id());
                l.setShort(4, (short) (a.applicable() ? 1 : 0));
                l.setObject(5, a.level(), java.sql.Types.INTEGER);
                l.setObject(6, a.ceiling(), java.sql.Types.INTEGER);
                l.addBatch();
                for (CriterionResult cr : a.criteria()) {
                    o.setString(1, id);
                    o.setString(2, a.axis().id());
                    o.setString(3, a.track().id());
                    o.setString(4, cr.id());
                    o.setString(5, cr.outcome().name());
                    o.addBatch();
                }
            }
            l.executeBatch();
            o.executeBatch();
        }
    }

    /** Scans of one target (or all when null) since an instant (or all when null), oldest first. */
    public List<HistoryEntry> read(String target, Instant since) {
        return read(new HistoryQuery(target, null, null, since, true));
    }

    /** The scans a query selects, oldest first. */
    public List<HistoryEntry> read(HistoryQuery query) {
        try (Connection c = connect()) {
            return new HistoryReader(c).read(query);
        } catch (SQLException e) {
            throw new HistoryException("cannot read history " + display + ": " + e.getMessage(), e);
        }
    }

    /**
     * The reports of the given scans as recorded (scans that failed have none), by scan id. A report
     * that no longer parses (written by a tool whose schema this one cannot read) is left out and put in
     * {@code unreadable} with the reason, by scan id, so one bad row never hides the rest.
     */
    public Map<String, Report> reports(List<String> scanIds, Map<String, String> unreadable) {
        Map<String, String> json;
        try (Connection c = connect()) {
            json = new HistoryReader(c).reports(scanIds);
        } catch (SQLException e) {
            throw new HistoryException("cannot read history " + display + ": " + e.getMessage(), e);
        }
        Map<String, Report> out = new java.util.LinkedHashMap<>();
        json.forEach((id, text) -> {
            try {
                out.put(id, ReportJson.read(text));
            } catch (IOException | RuntimeException e) {
                unreadable.put(id, e.getClass().getSimpleName());
            }
        });
        return out;
    }

    /** The query plan the database chooses for each of a query's reads, for checking that indexes serve them. */
    public List<String> plans(HistoryQuery query) {
        try (Connection c = connect()) {
            return new HistoryReader(c).plans(query, url.startsWith("jdbc:sqlite:"));
        } catch (SQLException e) {
            throw new HistoryException("cannot read history " + display + ": " + e.getMessage(), e);
        }
    }

    /** Every target name in the store, sorted. */
    public List<String> targets() {
        try (Connection c = connect()) {
            return new HistoryReader(c).targets();
        } catch (SQLException e) {
            throw new HistoryException("cannot read history " + display + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        if (url.startsWith("jdbc:sqlite:")) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 60000");
                // WAL commits are atomic and survive a killed process without an fsync per scan.
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
        return c;
    }

    private static String json(Report report) {
        try {
            return Redactor.redact(ReportJson.MAPPER.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new HistoryException("cannot serialise report: " + e.getOriginalMessage(), e);
        }
    }

    static String redact(String url) {
        return Redactor.url(url);
    }
}
