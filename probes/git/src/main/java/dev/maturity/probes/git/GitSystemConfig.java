package dev.maturity.probes.git;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.util.FS;

/**
 * Where git keeps its system-wide configuration, found the way a git build looks for it, so that
 * JGit does not ask by running {@code git --version} and {@code git config --system --show-origin
 * --list} in child processes on the first repository it opens (two process spawns per scan, the
 * largest single wait of a small scan). The order: {@code GIT_CONFIG_NOSYSTEM} set means none;
 * {@code GIT_CONFIG_SYSTEM} names the file; else {@code <prefix>/etc/gitconfig} for the first
 * {@code git} on {@code PATH} installed at {@code <prefix>/bin/git}, and {@code /etc/gitconfig}
 * when that prefix is {@code /usr} (git's Makefile default). A file that does not exist is none,
 * as JGit's own discovery finds.
 */
final class GitSystemConfig {

    private GitSystemConfig() {
    }

    /** Sets the system config of JGit's detected file system; called once, before any repository is opened. */
    static void install() {
        FS.DETECTED.setGitSystemConfig(locate(System::getenv));
    }

    /** The system config file git would read under this environment, or null for none. */
    static File locate(UnaryOperator<String> env) {
        if (!blank(env.apply("GIT_CONFIG_NOSYSTEM"))) {
            return null;
        }
        String explicit = env.apply("GIT_CONFIG_SYSTEM");
        if (!blank(explicit)) {
            return existing(Path.of(explicit));
        }
        String path = env.apply("PATH");
        if (blank(path)) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path bin = Path.of(dir);
            if (Files.isExecutable(bin.resolve("git")) && !Files.isDirectory(bin.resolve("git"))) {
                Path prefix = bin.toAbsolutePath().normalize().getParent();
                boolean system = prefix == null || prefix.getParent() == null || prefix.equals(Path.of("/usr"));
                return existing((system ? Path.of("/etc") : prefix.resolve("etc")).resolve("gitconfig"));
            }
        }
        return null;
    }

    private static File existing(Path file) {
        return Files.isRegularFile(file) ? file.toFile() : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
