package dev.maturity.probes.mlflow.bench;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.mlflow.MlflowPlatform;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import dev.maturity.probes.mlflow.MlflowCollector;
import dev.maturity.probes.mlflow.client.ReadSettings;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Benchmark command (not a test): the MLflow collector against a registry of {@code models x
 * versions} versions and as many runs, versus plain OkHttp fetching the same pages with as many
 * requests in flight as the collector allows itself ({@link ReadSettings#concurrency()}, 4 by
 * default; {@code -Dconcurrency=N} sets both). Prints the request count (which must equal the page
 * count plus the runs that had to be read by id) and the median wall times of both, as a ratio.
 *
 * <p>Arguments: {@code [models=100] [versionsPerModel=100] [maxRuns=10000] [rounds=5]}. Rounds alternate
 * which side runs first; three warm-up rounds (numbered 0 and below) let the JIT compile both sides (and fill the
 * fixture's page cache) and are not counted.
 */
public final class ListingBenchmark {

    private ListingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int models = arg(args, 0, 100);
        int perModel = arg(args, 1, 100);
        int maxRuns = arg(args, 2, 10_000);
        int rounds = arg(args, 3, 5);
        int versions = models * perModel;
        int runs = versions;
        int perExperiment = 1000;

        MlflowPlatform platform = MlflowPlatform.create().at(Instant.parse("2025-01-01T00:00:00Z"));
        int experiments = (runs + perExperiment - 1) / perExperiment;
        for (int e = 1; e <= experiments; e++) {
            platform.experiment(String.valueOf(e), "training-" + e);
        }
        // version v of model m comes from run (v-1)*models + m: run times interleave models
        for (int v = 1; v <= perModel; v++) {
            for (int m = 1; m <= models; m++) {
                int i = (v - 1) * models + m;
                int exp = (i - 1) / perExperiment + 1;
                int vv = v;
                platform.run(String.valueOf(exp), MlflowPlatforms.runId("bench-" + i), r -> r.source("JOB", "train.py")
                        .git("https://github.com/acme/models.git", "0123456789abcdef0123456789abcdef01234567")
                        .param("max_depth", "6").metric("val_auc", 0.8 + vv / 1000.0).dataset("features", "d" + vv, "training"));
            }
        }
        for (int v = 1; v <= perModel; v++) {
            for (int m = 1; m <= models; m++) {
                int i = (v - 1) * models + m;
                boolean champion = v == perModel / 2;
                platform.version("model-" + m, String.valueOf(v), MlflowPlatforms.runId("bench-" + i), spec -> {
                    if (champion) {
                        spec.alias("champion");
                    }
                });
            }
        }
        // the runs production needs: each model's champion and latest READY version
        Set<String> needed = new HashSet<>();
        for (int m = 1; m <= models; m++) {
            needed.add(MlflowPlatforms.runId("bench-" + ((perModel / 2 - 1) * models + m)));
            needed.add(MlflowPlatforms.runId("bench-" + ((perModel - 1) * models + m)));
        }
        Set<String> window = new HashSet<>();
        for (int i = runs; i > Math.max(0, runs - maxRuns); i--) {
            window.add(MlflowPlatforms.runId("bench-" + i));
        }
        long runReads = needed.stream().filter(id -> !window.contains(id)).count();
        int page = 1000;
        long pages = 1 + ceil(versions, page) + 1 + Math.max(1, ceil(Math.min(runs, maxRuns), page)) + 1 + 1;

        ReadSettings settings = ReadSettings.DEFAULTS.withPageSize(page);
        settings = new ReadSettings(settings.connectTimeout(), settings.readTimeout(), settings.maxAttempts(),
                settings.backoffBase(), settings.backoffMax(), settings.budget(), page,
                Integer.getInteger("concurrency", settings.concurrency()), maxRuns,
                settings.maxTraces());
        System.out.println("load average " + load());
        try (MlflowServer server = MlflowServer.start(platform.pageSize(page))) {
            OkHttpClient plain = new OkHttpClient();
            List<Long> ours = new ArrayList<>();
            List<Long> loop = new ArrayList<>();
            List<LoggedRequest> journal = List.of();
            int warmups = 3;
            for (int round = 1 - warmups; round <= rounds; round++) {
                // the journal of a collector run lists the pages; the plain loop replays exactly those
                long baselineFirst = Math.floorMod(round, 2) == 0 && !journal.isEmpty()
                        ? replay(plain, server, journal, settings.concurrency()) : -1;
                server.resetJournal();
                long t0 = System.nanoTime();
                CollectorResult result = new MlflowCollector(settings).collect(new ScanRequest(List.of(), null,
                        Instant.parse("2026-11-30T00:00:00Z"), Map.of(MlflowCollector.URI_OPTION, server.uri()), Map.of(), null));
                long collector = System.nanoTime() - t0;
                if (result.sources().get(0).status() != SourceStatus.OK) {
                    throw new IllegalStateException("collector failed: " + result.sources().get(0).message());
                }
                journal = server.requests();
                long baseline = baselineFirst >= 0 ? baselineFirst : replay(plain, server, journal, settings.concurrency());
                System.out.printf("round %d%s: collector %d ms, plain OkHttp %d ms%n", round,
                        round <= 0 ? " (warm-up)" : "", collector / 1_000_000, baseline / 1_000_000);
                if (round > 0) {
                    ours.add(collector);
                    loop.add(baseline);
                }
            }
            long gets = journal.stream().filter(r -> r.getUrl().startsWith("/api/2.0/mlflow/runs/get")).count();
            long lists = journal.size() - gets;
            long oursMedian = median(ours);
            long loopMedian = median(loop);
            System.out.printf("registered versions %,d in %,d models; runs %,d in %d experiments; recent-runs window %,d%n",
                    versions, models, runs, experiments, maxRuns);
            System.out.printf("requests %d = pages %d + runs read by id %d (expected pages %d + runs %d) %s%n",
                    journal.size(), lists, gets, pages, runReads,
                    lists == pages && gets == runReads ? "OK" : "MISMATCH");
            System.out.printf("requests in flight: collector at most %d, plain OkHttp %d%n", settings.concurrency(),
                    settings.concurrency());
            System.out.printf("median collector %d ms, median plain OkHttp %d ms, ratio %.2fx (target <= 1.5x)%n",
                    oursMedian / 1_000_000, loopMedian / 1_000_000, (double) oursMedian / loopMedian);
            System.out.println("load average " + load());
            plain.dispatcher().executorService().shutdown();
            if (lists != pages || gets != runReads) {
                System.exit(1);
            }
        }
    }

    /**
     * Fetches the journal's requests again, {@code inFlight} at a time (each worker takes the next request as it
     * finishes one; the URLs are all known, so no request waits for a page token), reading each body; the wall time
     * in ns.
     */
    private static long replay(OkHttpClient plain, MlflowServer server, List<LoggedRequest> journal, int inFlight)
            throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(inFlight);
        try {
            long t = System.nanoTime();
            List<Future<?>> fetches = new ArrayList<>();
            for (LoggedRequest r : journal) {
                fetches.add(workers.submit(() -> fetch(plain, server, r)));
            }
            for (Future<?> f : fetches) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                } catch (ExecutionException e) {
                    throw new IOException(e.getCause());
                }
            }
            return System.nanoTime() - t;
        } finally {
            workers.shutdown();
        }
    }

    private static Void fetch(OkHttpClient plain, MlflowServer server, LoggedRequest r) throws IOException {
        Request.Builder b = new Request.Builder().url(server.uri() + r.getUrl());
        if (r.getMethod().getName().equals("POST")) {
            b.post(RequestBody.create(r.getBodyAsString(), MediaType.get("application/json")));
        }
        try (Response resp = plain.newCall(b.build()).execute()) {
            resp.body().string();
        }
        return null;
    }

    private static String load() throws IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static int arg(String[] args, int i, int dflt) {
        return args.length > i ? Integer.parseInt(args[i]) : dflt;
    }
}
