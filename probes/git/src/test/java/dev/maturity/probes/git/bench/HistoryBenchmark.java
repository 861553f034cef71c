package dev.maturity.probes.git.bench;

import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.history.HistoryExtractor;
import dev.maturity.probes.git.history.HistoryWalk;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark command, not a test: the history pass of the git collector against the fastest way git answers the
 * same question, in the same process, interleaved. The baseline is C git listing every commit's changed paths
 * against its first parent ({@code git log --name-only --no-renames --diff-merges=first-parent}, no pathspecs) with
 * every listed path classified by the same {@link MlPaths} in this JVM, timed together; the commits that changed ML
 * paths in the record window are counted on both sides and must agree. Both run on the repository as generated (no
 * commit-graph) and on a copy with {@code git commit-graph write --reachable --changed-paths}. Prints each round, the
 * medians with min and max, the ratios and the load average. See docs/benchmarks.md for the command.
 */
public final class HistoryBenchmark {

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : "target/bench-repo.git").toAbsolutePath();
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (!BenchRepository.exists(repo)) {
            long t0 = System.nanoTime();
            BenchRepository.generate(repo, commits, 20_000, 1_400);
            System.out.printf("generated %s in %.1f s%n", repo, (System.nanoTime() - t0) / 1e9);
        }
        Path graphed = repo.resolveSibling(repo.getFileName() + "-commit-graph");
        if (!BenchRepository.exists(graphed)) {
            BenchRepository.run(repo.getParent(), "git", "clone", "--quiet", "--bare", "--local", repo.toString(), graphed.toString());
            BenchRepository.run(graphed, "git", "commit-graph", "write", "--reachable", "--changed-paths");
        }
        Instant asOf = Instant.ofEpochSecond(BenchRepository.lastCommitTime(commits) + 86_400);
        List<Path> repos = List.of(repo, graphed);
        String[] names = {"no commit-graph", "commit-graph"};
        long[][] git = new long[2][rounds];
        long[][] walk = new long[2][rounds];
        System.out.println("load average " + load() + "; " + Runtime.getRuntime().availableProcessors()
                + " processors; max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
        for (int r = -1; r < rounds; r++) {
            for (int v = 0; v < 2; v++) {
                boolean gitFirst = (r + v) % 2 == 0;
                long[] t = new long[2];
                int[] counted = new int[2];
                for (int side = 0; side < 2; side++) {
                    boolean runGit = gitFirst == (side == 0);
                    long t0 = System.nanoTime();
                    int ml = runGit ? gitBaseline(repos.get(v), asOf) : history(repos.get(v), asOf);
                    t[runGit ? 0 : 1] = System.nanoTime() - t0;
                    counted[runGit ? 0 : 1] = ml;
                }
                if (counted[0] != counted[1]) {
                    throw new IllegalStateException("ML commits differ: git " + counted[0] + ", walk " + counted[1]);
                }
                if (r >= 0) {
                    git[v][r] = t[0];
                    walk[v][r] = t[1];
                }
                System.out.printf("round %s %-15s git log + classify %6.2f s, history walk %6.2f s (%s first; %d ML commits"
                        + " in the record window); load %s%n", r < 0 ? "warm-up" : String.valueOf(r + 1), names[v],
                        t[0] / 1e9, t[1] / 1e9, gitFirst ? "git" : "walk", counted[0], load());
            }
        }
        for (int v = 0; v < 2; v++) {
            System.out.printf("%-15s git log + classify: %s; history walk: %s; ratio of medians %.2fx%n", names[v],
                    stats(git[v]), stats(walk[v]), median(walk[v]) / median(git[v]));
        }
        System.out.println("load average " + load());
    }

    /** The history pass as a scan runs it: the git collector with only the history extractor. ML commits recorded. */
    private static int history(Path repo, Instant asOf) {
        CollectorResult result = new GitCollector(List.of(new HistoryExtractor())).collect(
                new ScanRequest(List.of(repo.toString()), null, asOf, Map.of(), Map.of(), null));
        return result.facts().stream().filter(HistoryWalk.class::isInstance).map(HistoryWalk.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("no history read: " + result.coverage()))
                .mlCommits();
    }

    /**
     * C git lists every commit with the paths it changed against its first parent; each path is classified here.
     * Returns the commits in the record window that changed ML paths, as the walk counts them.
     */
    static int gitBaseline(Path repo, Instant asOf) throws IOException, InterruptedException {
        MlPaths ml = MlPaths.defaultPaths();
        long from = asOf.minus(Duration.ofDays(HistoryExtractor.RECORD_DAYS)).getEpochSecond();
        long to = asOf.getEpochSecond();
        Process p = new ProcessBuilder("git", "-C", repo.toString(), "-c", "core.quotePath=false", "log", "--name-only",
                "--no-renames", "--diff-merges=first-parent", "--format=%x01%H %ct %an <%ae> %cn <%ce> %s")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int mlCommits = 0;
        long time = 0;
        boolean counted = true;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("\u0001")) {
                    int sp = line.indexOf(' ', 42);
                    time = Long.parseLong(line.substring(42, sp));
                    counted = time < from || time > to;
                } else if (!line.isEmpty()) {
                    Set<PathKind> kinds = ml.classify(line);
                    if (!counted && !kinds.isEmpty()) {
                        mlCommits++;
                        counted = true;
                    }
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IOException("git log failed");
        }
        return mlCommits;
    }

    static String load() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    static String stats(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return String.format("median %.2f s (min %.2f, max %.2f)", median(xs) / 1e9, s[0] / 1e9, s[s.length - 1] / 1e9);
    }

    static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
