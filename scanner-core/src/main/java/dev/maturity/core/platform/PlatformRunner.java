package dev.maturity.core.platform;

import dev.maturity.core.scan.Scan;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.ScanRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scans targets with at most {@code parallel} running at once. Each target runs on its own daemon
 * thread under its own timeout: a target that hangs is interrupted, reported TIMED_OUT and its slot
 * freed, and one that throws is FAILED; neither holds up or fails the others.
 */
public final class PlatformRunner {

    /** Runs one target's request; the default is {@link Scan#collect} then {@link Scan#score}. */
    public interface TargetScan {
        Report scan(Target target, ScanRequest request, Progress progress) throws Exception;
    }

    private final TargetScan scanner;
    private final int parallel;
    private final Function<Target, ScanRequest> requests;
    private final Progress progress;

    public PlatformRunner(TargetScan scanner, int parallel, Function<Target, ScanRequest> requests, Progress progress) {
        if (parallel < 1) {
            throw new IllegalArgumentException("--parallel must be at least 1, not " + parallel);
        }
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.parallel = parallel;
        this.requests = Objects.requireNonNull(requests, "requests");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The usual scanner: collect, then score, telling progress between the two. */
    public static TargetScan of(Scan scan) {
        return (target, request, progress) -> {
            progress.update(target, Progress.Phase.COLLECTING, target.kinds());
            Scan.Collected collected = scan.collect(request);
            progress.update(target, Progress.Phase.SCORING, "");
            return scan.score(collected, request.asOf());
        };
    }

    /**
     * Runs every target and returns their results in the order given; {@code onResult} hears each
     * as it ends (for example to append it to history), from a worker thread.
     */
    public List<TargetResult> run(List<Target> targets, Consumer<TargetResult> onResult) throws InterruptedException {
        targets.forEach(t -> progress.update(t, Progress.Phase.QUEUED, ""));
        Map<Target, TargetResult> results = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(parallel);
        CountDownLatch done = new CountDownLatch(targets.size());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "maturity-timeouts"));
        try {
            for (Target target : targets) {
                slots.acquire();
                AtomicBoolean finished = new AtomicBoolean();
                Instant start = Instant.now();
                Consumer<TargetResult> finish = r -> {
                    if (finished.compareAndSet(false, true)) {
                        results.put(target, r);
                        progress.update(target, phase(r.status()), r.scored() ? "" : r.reason());
                        try {
                            onResult.accept(r);
                        } finally {
                            slots.release();
                            done.countDown();
                        }
                    }
                };
                FutureTask<Report> task = new FutureTask<>(() -> scanner.scan(target, requests.apply(target), progress));
                Thread worker = daemon(() -> {
                    task.run();
                    finish.accept(outcome(target, task, start));
                }, "maturity-scan-" + target.name());
                timer.schedule(() -> {
                    if (!finished.get()) {
                        task.cancel(true);
                        finish.accept(new TargetResult(target, TargetResult.Status.TIMED_OUT, null,
                                "timed out after " + human(target.timeout()), Duration.between(start, Instant.now())));
                    }
                }, target.timeout().toMillis(), TimeUnit.MILLISECONDS);
                worker.start();
            }
            done.await();
        } finally {
            timer.shutdownNow();
        }
        List<TargetResult> ordered = new ArrayList<>();
        targets.forEach(t -> ordered.add(results.get(t)));
        return ordered;
    }

    private static TargetResult outcome(Target target, FutureTask<Report> task, Instant start) {
        Duration elapsed = Duration.between(start, Instant.now());
        if (task.isCancelled()) {
            return new TargetResult(target, TargetResult.Status.TIMED_OUT, null, "timed out after " + human(target.timeout()), elapsed);
        }
        try {
            return new TargetResult(target, TargetResult.Status.SCORED, task.get(), "", elapsed);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            String why = c.getMessage() == null ? c.getClass().getSimpleName() : c.getClass().getSimpleName() + ": " + c.getMessage();
            return new TargetResult(target, TargetResult.Status.FAILED, null, why, elapsed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TargetResult(target, TargetResult.Status.FAILED, null, "interrupted", elapsed);
        }
    }

    private static Progress.Phase phase(TargetResult.Status s) {
        return switch (s) {
            case SCORED -> Progress.Phase.SCORED;
            case FAILED -> Progress.Phase.FAILED;
            case TIMED_OUT -> Progress.Phase.TIMED_OUT;
        };
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (d.toMillis() < 1000) {
            return d.toMillis() + "ms";
        }
        return s % 3600 == 0 && s > 0 ? s / 3600 + "h" : s % 60 == 0 && s > 0 ? s / 60 + "m" : s + "s";
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
