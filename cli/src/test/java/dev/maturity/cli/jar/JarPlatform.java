package dev.maturity.cli.jar;

import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.platforms.ClassicalProject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform the jar scans in these tests: the classical churn project (git), whose MLflow
 * registry and Kubernetes cluster each test serves as it needs them, up or down.
 */
abstract class JarPlatform {

    /** The repository URL the MLflow runs were logged from. */
    static final String REPO_URL = "https://github.com/acme/churn-model.git";
    static final String MLFLOW_TOKEN = "mlflow-fixture-token-7c1d2e3f4a5b6978";
    static final String AS_OF = "2026-11-30";

    @TempDir
    static Path dir;
    static Path repo;
    static String commit;

    @BeforeAll
    static void platform() throws IOException {
        Logger.getLogger("io.fabric8.mockwebserver").setLevel(Level.WARNING); // one line per request otherwise
        repo = dir.resolve("churn-model");
        try (GitRepoBuilder b = ClassicalProject.create(repo)) {
            commit = b.git().getRepository().resolve("HEAD").getName();
        }
    }

    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
