package dev.maturity.probes.git.bench;

import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.history.HistoryExtractor;
import dev.maturity.probes.git.history.HistoryWalk;
import dev.maturity.probes.git.history.MlChange;
import dev.maturity.probes.git.paths.MlPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A benchmark command, not a test: generates (once) a repository of at least 100,000 commits and
 * 20,000 files, then times the history analysis against {@code git log --name-only} over the same
 * path sets, in the same process, and prints the ratio. Run it with {@code -Xmx512m}; see
 * docs/benchmarks.md for the command.
 */
public final class HistoryBenchmark {

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : "target/bench-repo.git").toAbsolutePath();
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        if (!BenchRepository.exists(repo)) {
            long t0 = System.nanoTime();
            BenchRepository.generate(repo, commits, 20_000, 1_400);
            System.out.printf("generated %s in %.1f s%n", repo, (System.nanoTime() - t0) / 1e9);
        }
        Instant asOf = Instant.ofEpochSecond(BenchRepository.lastCommitTime(commits) + 86_400);
        List<String> gitCommand = gitLog(repo);
        long[] git = new long[rounds + 1];
        long[] jgit = new long[rounds + 1];
        long gitLines = 0;
        String walked = "";
        long live = 0;
        for (int r = 0; r <= rounds; r++) {
            long t0 = System.nanoTime();
            gitLines = runGit(gitCommand);
            git[r] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            CollectorResult result = new GitCollector(List.of(new HistoryExtractor())).collect(
                    new ScanRequest(List.of(repo.toString()), null, asOf, Map.of(), Map.of(), null));
            jgit[r] = System.nanoTime() - t0;
            HistoryWalk w = result.facts().stream().filter(HistoryWalk.class::isInstance).map(HistoryWalk.class::cast)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no history read: " + result.coverage()));
            walked = w.commits() + " commits walked, " + w.mlCommits() + " ML-path commits recorded, "
                    + result.facts().stream().filter(MlChange.class::isInstance).count() + " change facts";
            System.gc();
            live = Math.max(live, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
            if (result.facts().isEmpty()) {
                throw new IllegalStateException("no facts");
            }
            System.out.printf("round %d%s: git log %.2f s, maturity history %.2f s%n", r, r == 0 ? " (warm-up)" : "",
                    git[r] / 1e9, jgit[r] / 1e9);
        }
        double g = median(Arrays.copyOfRange(git, 1, git.length)) / 1e9;
        double j = median(Arrays.copyOfRange(jgit, 1, jgit.length)) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.println("repository: " + repo);
        System.out.println("git log output lines: " + gitLines + "; " + walked);
        System.out.printf("median git log: %.2f s; median maturity history: %.2f s; ratio %.2fx%n", g, j, j / g);
        System.out.printf("max heap %d MiB; heap in use after GC with the facts still held: %d MiB%n",
                rt.maxMemory() >> 20, live >> 20);
    }

    /** {@code git log} diffing every commit against its first parent, limited to the same ML path sets. */
    static List<String> gitLog(Path repo) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString(), "log", "--full-history",
                "--diff-merges=first-parent", "--name-only", "--format=%H%x09%P%x09%an%x09%ae%x09%cn%x09%ce%x09%ct%x09%s", "--"));
        MlPaths.DEFAULTS.values().forEach(globs -> globs.forEach(g -> expand(g).forEach(e -> cmd.add(":(glob,icase)" + e))));
        return cmd;
    }

    /** Java glob to git glob pathspecs: braces expanded, {@code **.x} split into {@code **}{@code /*.x}. */
    private static List<String> expand(String glob) {
        int open = glob.indexOf('{');
        if (open >= 0) {
            int close = glob.indexOf('}', open);
            List<String> out = new ArrayList<>();
            for (String alt : glob.substring(open + 1, close).split(",")) {
                out.addAll(expand(glob.substring(0, open) + alt + glob.substring(close + 1)));
            }
            return out;
        }
        return List.of(glob.replace("**.", "**/*."));
    }

    private static long runGit(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long lines = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = p.getInputStream()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IOException("git log failed");
        }
        return lines;
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
