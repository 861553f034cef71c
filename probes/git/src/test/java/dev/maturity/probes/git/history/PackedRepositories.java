package dev.maturity.probes.git.history;

import dev.maturity.probes.git.bench.BenchRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Real packed repositories for the history walk's pack reading, made with git itself: one written by
 * {@code git fast-import} and repacked keeping its deltas (each tree version stored as a delta of the previous, older
 * one), one repacked from scratch with {@code git repack -f} (newer versions whole, older ones deltas of them), and
 * one with fresh loose commits on top of the first.
 */
final class PackedRepositories {

    static final int COMMITS = 1_500;

    private static PackedRepositories shared;

    final Path fastImport;
    final Path repacked;
    final Path withLooseCommits;

    /** One set for the whole test run (generating takes seconds), in a temporary directory removed at exit. */
    static synchronized PackedRepositories shared() throws IOException, InterruptedException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("packed-repos");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            shared = new PackedRepositories(dir);
        }
        return shared;
    }

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it eventually
        }
    }

    private PackedRepositories(Path dir) throws IOException, InterruptedException {
        fastImport = dir.resolve("fast-import.git");
        BenchRepository.generate(fastImport, COMMITS, 300, 60);
        repacked = dir.resolve("repacked.git");
        BenchRepository.run(dir, "git", "clone", "--quiet", "--bare", "--no-local", fastImport.toString(), repacked.toString());
        BenchRepository.run(repacked, "git", "repack", "-a", "-d", "-f", "-q");
        withLooseCommits = dir.resolve("loose");
        BenchRepository.run(dir, "git", "clone", "--quiet", "--no-local", fastImport.toString(), withLooseCommits.toString());
        for (int i = 0; i < 3; i++) {
            Path prompt = withLooseCommits.resolve("services/svc0/prompts/item" + i + ".txt");
            Files.createDirectories(prompt.getParent());
            Files.writeString(prompt, "loose prompt " + i + "\n");
            Files.writeString(withLooseCommits.resolve("src/pkg1/sub0/module" + i + ".java"), "// loose " + i + "\n");
            BenchRepository.run(withLooseCommits, "git", "add", "-A");
            String date = (BenchRepository.lastCommitTime(COMMITS) + 60 * (i + 1)) + " +0000";
            ProcessBuilder commit = new ProcessBuilder("git", "-c", "user.name=Carol", "-c", "user.email=carol@example.com",
                    "commit", "-q", "-m", "Loose change " + i).directory(withLooseCommits.toFile()).inheritIO();
            commit.environment().put("GIT_AUTHOR_DATE", date);
            commit.environment().put("GIT_COMMITTER_DATE", date);
            if (commit.start().waitFor() != 0) {
                throw new IOException("git commit failed");
            }
        }
    }

    /** A scan time a day after the last commit: every commit falls in the record window. */
    static Instant asOf() {
        return Instant.ofEpochSecond(BenchRepository.lastCommitTime(COMMITS) + 86_400);
    }
}
