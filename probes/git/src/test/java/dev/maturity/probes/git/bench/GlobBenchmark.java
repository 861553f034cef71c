package dev.maturity.probes.git.bench;

import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark command (not a test): path classification by {@link MlPaths} (every glob of every kind in
 * one {@code GlobSet} automaton) against the JDK {@code PathMatcher} per glob that it replaced, over the same
 * generated paths, rounds interleaved in one JVM. Prints medians and the ratio.
 * Usage: GlobBenchmark [PATHS] [ROUNDS]
 */
public final class GlobBenchmark {

    /** Keeps the loops' results alive. */
    static long sink;

    private GlobBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> paths = paths(n);
        MlPaths re2 = MlPaths.defaultPaths();
        Map<PathKind, List<PathMatcher>> jdk = new EnumMap<>(PathKind.class);
        MlPaths.DEFAULTS.forEach((k, globs) -> jdk.put(k, globs.stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g.toLowerCase(Locale.ROOT))).toList()));
        long[] jdkTimes = new long[rounds];
        long[] re2Times = new long[rounds];
        for (int r = 0; r <= rounds; r++) {
            long t0 = System.nanoTime();
            long a = 0;
            for (String p : paths) {
                a += classifyJdk(jdk, p).size();
            }
            sink += a;
            long t1 = System.nanoTime();
            long b = 0;
            for (String p : paths) {
                b += re2.classify(p).size();
            }
            sink += b;
            long t2 = System.nanoTime();
            if (r > 0) {
                jdkTimes[r - 1] = t1 - t0;
                re2Times[r - 1] = t2 - t1;
            }
        }
        for (String p : paths) {
            if (!classifyJdk(jdk, p).equals(re2.classify(p))) {
                throw new IllegalStateException("the two classifications differ on " + p);
            }
        }
        double jdkMs = median(jdkTimes) / 1e6;
        double re2Ms = median(re2Times) / 1e6;
        System.out.printf(Locale.ROOT, "%d paths, %d rounds (+1 warm-up), same kinds on every path%n", n, rounds);
        System.out.printf(Locale.ROOT, "JDK PathMatcher per glob: %.1f ms   MlPaths (one GlobSet automaton): %.1f ms   ratio %.2fx%n",
                jdkMs, re2Ms, jdkMs / re2Ms);
    }

    private static Set<PathKind> classifyJdk(Map<PathKind, List<PathMatcher>> jdk, String repoPath) {
        Path p = Path.of(repoPath.toLowerCase(Locale.ROOT));
        Set<PathKind> out = EnumSet.noneOf(PathKind.class);
        jdk.forEach((kind, ms) -> {
            for (PathMatcher m : ms) {
                if (m.matches(p)) {
                    out.add(kind);
                    return;
                }
            }
        });
        if (out.contains(PathKind.PROMPT) && p.getFileName().toString().startsWith("promptfooconfig")) {
            out.remove(PathKind.PROMPT);
        }
        return out;
    }

    /** Paths shaped like a monorepo's: mostly code, some ML files, a few deep ones. Deterministic. */
    static List<String> paths(int n) {
        Random rnd = new Random(42);
        String[] dirs = {"src", "services/svc%d", "lib/pkg%d/sub%d", "apps/web", "infra"};
        String[] ml = {"prompts/system.prompty", "training/train.py", "evals/data/cases.jsonl", "deploy/k8s/svc.yaml",
                "docs/models/model_card.md", "data/features.yaml", "governance/risk/assessment.md", "dvc.yaml",
                "promptfooconfig.yaml", "Dockerfile", "params.yaml", "test_llm_eval.py"};
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String dir = String.format(dirs[rnd.nextInt(dirs.length)], rnd.nextInt(50), rnd.nextInt(20));
            String file = rnd.nextInt(3) == 0 ? ml[rnd.nextInt(ml.length)] : "module" + rnd.nextInt(1000) + ".py";
            out.add(dir + "/" + file);
        }
        return out;
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
