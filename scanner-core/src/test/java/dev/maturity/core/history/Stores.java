package dev.maturity.core.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The stores every history test runs against: an SQLite file, and PostgreSQL at
 * {@code $MATURITY_TEST_PG_URL} (started by .ci/run; skipped with a visible reason when unset).
 */
final class Stores {

    static final String PG_ENV = "MATURITY_TEST_PG_URL";

    private Stores() {
    }

    static Stream<Arguments> both() {
        return Stream.of(Arguments.of("sqlite"), Arguments.of("postgresql"));
    }

    /** A fresh, empty location of the given kind. */
    static String fresh(String kind, Path dir) throws SQLException {
        if (kind.equals("sqlite")) {
            return dir.resolve("history.db").toString();
        }
        String url = System.getenv(PG_ENV);
        if ((url == null || url.isBlank()) && System.getenv("CI") != null) {
            throw new IllegalStateException("CI is set but " + PG_ENV + " is not: run .ci/run, which starts PostgreSQL");
        }
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "PostgreSQL history tests skipped: set " + PG_ENV + " (.ci/run starts a local PostgreSQL and sets it)");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS criterion_outcomes, axis_levels, scans, maturity_schema");
        }
        return url;
    }
}
