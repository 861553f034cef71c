package dev.maturity.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * A program a test runs (promtool, the Pushgateway), found the way the PostgreSQL tests find their
 * server: {@code .ci/run} installs it and exports its path in an environment variable, and then the
 * test fails when the path is not an executable. Without the variable (a developer's machine) the
 * program is looked up on the PATH, and the test is skipped only when it is not there.
 */
final class ExternalTool {

    private ExternalTool() {
    }

    static Path require(String env, String... names) {
        String given = System.getenv(env);
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            if (!Files.isExecutable(p)) {
                throw new AssertionError("$" + env + " names " + given + ", which is not an executable (.ci/run installs it)");
            }
            return p;
        }
        Optional<Path> found = onPath(names);
        Assumptions.assumeTrue(found.isPresent(), String.join(" or ", names) + " is not installed and $" + env + " is not set");
        return found.get();
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            for (String d : path.split(File.pathSeparator)) {
                Path f = Path.of(d, name);
                if (Files.isRegularFile(f) && Files.isExecutable(f)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
