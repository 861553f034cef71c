package dev.maturity.probes.kubernetes.bench;

import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.fixtures.kubernetes.ApiServer;
import dev.maturity.probes.kubernetes.KubernetesCollector;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (a command, not a test): the collector against a plain paginated list of the same
 * resources with the same client, on {@link BenchmarkCluster} served from a separate JVM. Prints
 * wall time and peak heap of each, and their ratios. Run with {@code -Xmx512m}; see docs/benchmarks.md.
 */
public final class CollectorBenchmark {

    static final List<ApiKind> KINDS = List.of(ApiKinds.POD, ApiKinds.JOB, ApiKinds.WORKLOAD, ApiKinds.ROLLOUT);

    private CollectorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String cp = System.getProperty("java.class.path");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", cp, BenchmarkCluster.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String url = awaitReady(server);
            Path kubeconfig = ApiServer.writeKubeconfig(Files.createTempDirectory("bench"), "bench", url);
            ScanRequest request = new ScanRequest(List.of(), null, Instant.now(), Map.of(),
                    Map.of("KUBECONFIG", kubeconfig.toString()), null);
            int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
            long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
            for (int i = 0; i < rounds; i++) {
                long[] base = measure(() -> baseline(kubeconfig));
                long[] coll = measure(() -> {
                    CollectorResult r = new KubernetesCollector().collect(request, KINDS);
                    return r.facts().size();
                });
                System.out.printf("round %d: baseline %d ms, %d MB peak (%d objects) | collector %d ms, %d MB peak (%d facts kept)%n",
                        i + 1, base[0], base[1] >> 20, base[2], coll[0], coll[1] >> 20, coll[2]);
                if (i > 0 || rounds == 1) {
                    best = new long[] {Math.min(best[0], base[0]), Math.min(best[1], base[1]),
                        Math.min(best[2], coll[0]), Math.min(best[3], coll[1])};
                }
            }
            System.out.printf("RESULT wall %.2fx (%d vs %d ms), peak heap %.2fx (%d vs %d MB); best of rounds after the first, max heap %d MB%n",
                    (double) best[2] / best[0], best[2], best[0], (double) best[3] / best[1], best[3] >> 20, best[1] >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            server.getOutputStream().close();
            server.destroy();
        }
    }

    interface Run {
        long run() throws Exception;
    }

    /** Wall time (ms), peak heap (bytes, all heap pools) and the run's count. */
    static long[] measure(Run run) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        long n = run.run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new long[] {ms, peak, n};
    }

    /** Lists the same kinds page by page with the same client, keeping nothing. */
    static long baseline(Path kubeconfig) throws Exception {
        Config config = Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
        long n = 0;
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            for (ApiKind k : KINDS) {
                ResourceDefinitionContext ctx = new ResourceDefinitionContext.Builder().withGroup(k.group())
                        .withVersion(k.versions().get(0)).withKind(k.kind()).withPlural(k.plural()).withNamespaced(k.namespaced()).build();
                String token = null;
                do {
                    GenericKubernetesResourceList page = client.genericKubernetesResources(ctx).inAnyNamespace()
                            .list(new ListOptionsBuilder().withLimit(500L).withContinue(token).build());
                    n += page.getItems().size();
                    token = page.getMetadata().getContinue();
                    token = token == null || token.isEmpty() ? null : token;
                } while (token != null);
            }
        }
        return n;
    }

    private static String awaitReady(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return line.substring(6).trim();
            }
        }
        throw new IllegalStateException("benchmark cluster exited before it was ready");
    }
}
