package dev.maturity.probes.git;

import dev.maturity.core.facts.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Runs the extractors over one snapshot side by side, as many at once as there are processors, the ones that read
 * history first (they run longest), and hands back what each reported in the extractors' listed order: the same
 * facts, unreadable files and unavailable domains, in the same order, as running them one after another.
 */
final class ExtractorRuns {

    /** Something an extractor reported to its sink, or the exception it failed with. */
    sealed interface Report {
    }

    record FactReport(Fact fact) implements Report {
    }

    record UnreadableReport(String path, int line, String message) implements Report {
    }

    record UnavailableReport(String domain, String reason) implements Report {
    }

    record Failure(Throwable exception) implements Report {
    }

    private ExtractorRuns() {
    }

    /** What each extractor reported, by its index in {@code extractors}. */
    static List<List<Report>> run(List<Extractor> extractors, RepoSnapshot snapshot) {
        int threads = Math.min(extractors.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            return extractors.stream().map(e -> one(e, snapshot)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "maturity-extractor");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Report>>> runs = new ArrayList<>(extractors.size());
            extractors.forEach(e -> runs.add(null));
            IntStream.range(0, extractors.size()).boxed()
                    .sorted(Comparator.comparing((Integer i) -> !extractors.get(i).readsHistory()))
                    .forEach(i -> runs.set(i, pool.submit(() -> one(extractors.get(i), snapshot))));
            List<List<Report>> out = new ArrayList<>(runs.size());
            for (Future<List<Report>> f : runs) {
                out.add(join(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Report> one(Extractor extractor, RepoSnapshot snapshot) {
        List<Report> reports = new ArrayList<>();
        try {
            extractor.extract(snapshot, new Extractor.Sink() {
                @Override
                public void fact(Fact fact) {
                    reports.add(new FactReport(fact));
                }

                @Override
                public void unreadable(String path, int line, String message) {
                    reports.add(new UnreadableReport(path, line, message));
                }

                @Override
                public void unavailable(String domain, String reason) {
                    reports.add(new UnavailableReport(domain, reason));
                }
            });
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // an exception or a missing class: this extractor's artefacts only
            reports.add(new Failure(e));
        }
        return reports;
    }

    private static List<Report> join(Future<List<Report>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extractors ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof VirtualMachineError err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
