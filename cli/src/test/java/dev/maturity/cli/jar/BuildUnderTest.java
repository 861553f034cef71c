package dev.maturity.cli.jar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The build the jar should name: the project version failsafe passes, and this checkout's HEAD as git reports it. */
final class BuildUnderTest {

    static final String VERSION = System.getProperty("maturity.version", "0.1.0-SNAPSHOT");
    /** {@code git rev-parse HEAD} here, or null outside a git checkout (a source archive). */
    static final String COMMIT = head();

    private BuildUnderTest() {
    }

    /** As reports show it: {@code 0.1.0-SNAPSHOT+<first 12 hex digits>}, or the version alone outside git. */
    static String describe() {
        return COMMIT == null ? VERSION : VERSION + "+" + COMMIT.substring(0, 12);
    }

    private static String head() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (IOException e) {
            return null; // no git on this machine: the build could not record a commit either
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
