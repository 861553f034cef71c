package dev.maturity.cli.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the jar users run, {@code java -jar cli/target/maturity.jar}, as a child process: a fresh JVM
 * whose environment holds only {@code PATH}, {@code HOME} (a directory of the test's own) and what the
 * test passes, so no KUBECONFIG, MLFLOW_* or GIT_TOKEN of the machine running the build leaks in.
 */
record JarRun(int exit, String out, String err) {

    /** Set by failsafe to the shaded jar of this build. */
    static final Path JAR = Path.of(System.getProperty("maturity.jar", "target/maturity.jar")).toAbsolutePath();
    static final long TIMEOUT_SECONDS = 300;

    static JarRun of(Path home, Map<String, String> env, String... args) {
        try {
            Files.createDirectories(home);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.home=" + home, "-jar", JAR.toString()));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
            pb.environment().clear();
            pb.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
            pb.environment().put("HOME", home.toString());
            pb.environment().putAll(env);
            Path out = Files.createTempFile(home, "stdout", ".txt");
            Path err = Files.createTempFile(home, "stderr", ".txt");
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("maturity " + String.join(" ", args) + " still running after " + TIMEOUT_SECONDS
                        + " s; stderr: " + Files.readString(err));
            }
            return new JarRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Stdout read as the JSON report, after checking the exit code. */
    JsonNode report(int expectedExit) {
        assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(expectedExit);
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new AssertionError("stdout is not JSON: " + out + "\nstderr: " + err, e);
        }
    }
}
