package dev.maturity.probes.git.bench;

import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.ci.CiExtractor;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.GithubWorkflowExtractor;
import dev.maturity.probes.git.ci.GitlabCiExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A benchmark command, not a test: reads a repository with the CI extractor (the table of every
 * system, readers created only for systems whose files are in the tree) against the baseline of the
 * GitHub Actions and GitLab CI extractors (what the scanner read before), interleaved in one JVM,
 * each through {@code GitCollector} over the same tree: first the CI extractors alone, then with every
 * other installed extractor beside them (a whole tree read, where YAML texts are shared); prints
 * wall and thread-CPU medians, their ratios and the jobs each found. See docs/benchmarks.md.
 */
public final class CiReadersBenchmark {

    private CiReadersBenchmark() {
    }

    public static void main(String[] args) {
        Path repo = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println("== CI extractors alone");
        run(repo, rounds, () -> List.of(new GithubWorkflowExtractor(), new GitlabCiExtractor()), () -> List.of(new CiExtractor()));
        System.out.println("== with every other extractor (whole tree read)");
        run(repo, rounds, () -> others(new GithubWorkflowExtractor(), new GitlabCiExtractor()), () -> others(new CiExtractor()));
    }

    /** Every installed extractor but the CI one, plus the given ones. */
    private static List<Extractor> others(Extractor... ci) {
        List<Extractor> out = new java.util.ArrayList<>(List.of(ci));
        java.util.ServiceLoader.load(Extractor.class).stream().map(java.util.ServiceLoader.Provider::get)
                .filter(e -> !(e instanceof CiExtractor)).forEach(out::add);
        return out;
    }

    private static void run(Path repo, int rounds, Supplier<List<Extractor>> baseline, Supplier<List<Extractor>> table) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] wall = new long[2][rounds];
        long[][] cpu = new long[2][rounds];
        long[] jobs = new long[2];
        for (int r = 0; r <= rounds; r++) {
            for (int side = 0; side < 2; side++) {
                int s = r % 2 == 0 ? side : 1 - side;
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                CollectorResult result = new GitCollector(s == 0 ? baseline.get() : table.get()).collect(
                        new ScanRequest(List.of(repo.toString()), null, Instant.now(), Map.of(), Map.of(), null));
                long t = System.nanoTime() - t0;
                long c = threads.getCurrentThreadCpuTime() - c0;
                jobs[s] = result.facts().stream().filter(CiJob.class::isInstance).count();
                if (r > 0) {
                    wall[s][r - 1] = t;
                    cpu[s][r - 1] = c;
                }
                System.out.printf("round %d%s %-28s wall %7.1f ms  cpu %7.1f ms  %d jobs%n", r, r == 0 ? " (warm-up)" : "",
                        s == 0 ? "GitHub + GitLab extractors" : "CI extractor (every system)", t / 1e6, c / 1e6, jobs[s]);
            }
        }
        double bw = median(wall[0]);
        double tw = median(wall[1]);
        double bc = median(cpu[0]);
        double tc = median(cpu[1]);
        System.out.println("repository: " + repo);
        System.out.printf("median wall: baseline %.1f ms, CI extractor %.1f ms, ratio %.2fx%n", bw / 1e6, tw / 1e6, tw / bw);
        System.out.printf("median CPU:  baseline %.1f ms, CI extractor %.1f ms, ratio %.2fx%n", bc / 1e6, tc / 1e6, tc / bc);
        System.out.printf("jobs: baseline %d, CI extractor %d%n", jobs[0], jobs[1]);
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
