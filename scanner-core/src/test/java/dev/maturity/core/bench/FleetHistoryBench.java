package dev.maturity.core.bench;

import dev.maturity.core.fleet.Fleet;
import dev.maturity.core.fleet.FleetReader;
import dev.maturity.core.history.HistoryQuery;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.render.html.FleetPage;
import dev.maturity.core.testing.FleetHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The fleet page at scale, a command run by {@code bench/fleet-page.sh} (never a test):
 * {@code generate STORE TARGETS SCANS} fills a store (SQLite path or JDBC URL) with weekly scans of a
 * generated fleet ending now; {@code plans STORE} prints the query plan of every read the page and the
 * CSV make, and fails when one scans a table instead of using an index.
 */
public final class FleetHistoryBench {

    private FleetHistoryBench() {
    }

    public static void main(String[] args) {
        HistoryStore store = HistoryStore.open(args[1]);
        switch (args[0]) {
            case "generate" -> {
                long t0 = System.nanoTime();
                FleetHistory.Expected e = new FleetHistory(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                        Duration.ofDays(7), Instant.now().minus(Duration.ofHours(1))).write(store);
                System.out.printf("generated %d targets x %s scans in %.1f s (%d regressions, %d gains)%n",
                        e.targets().size(), args[3], (System.nanoTime() - t0) / 1e9, e.regressions().size(), e.gains().size());
            }
            case "open" -> System.out.println("history " + store.location() + " at schema " + store.schemaVersion());
            case "plans" -> plans(store);
            case "inprocess" -> inProcess(store);
            case "page" -> {
                Fleet f = FleetReader.read(store, HistoryQuery.all(), Instant.now().minus(Duration.ofDays(7)), Instant.now());
                try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of(args[2]), FleetPage.render(f));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            default -> throw new IllegalArgumentException(
                    "generate STORE TARGETS SCANS | open STORE | plans STORE | inprocess STORE | page STORE FILE");
        }
    }

    private static void plans(HistoryStore store) {
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
        List<HistoryQuery> queries = List.of(HistoryQuery.all().withoutCriteria(),
                new HistoryQuery(null, null, null, monthAgo, false),
                new HistoryQuery("genai-svc-000", null, null, null, true),
                new HistoryQuery("genai-svc-000", null, null, monthAgo, true),
                new HistoryQuery(null, "genai", null, monthAgo, true));
        boolean seqScan = false;
        for (HistoryQuery q : queries) {
            List<String> plans = store.plans(q);
            System.out.printf("query target=%s platform=%s since=%s criteria=%s%n", q.target(), q.platform(),
                    q.since() == null ? null : "30 days ago", q.criteria());
            for (String plan : plans) {
                System.out.println("  " + plan.strip().replace("\n", "\n  "));
                // a filtered read must reach scans by an index, and levels and outcomes by their keys
                boolean filtered = q.target() != null || q.since() != null;
                seqScan |= filtered && (plan.matches("(?s).*\\bSCAN [slo]\\b(?! USING).*") || plan.contains("Seq Scan"));
            }
        }
        System.out.println(seqScan ? "FAIL: a filtered read scans a whole table" : "every filtered read uses an index");
        if (seqScan) {
            System.exit(1);
        }
    }

    /** Builds the page in this JVM five times (after one warm-up) and prints each time and the size. */
    private static void inProcess(HistoryStore store) {
        for (int i = 0; i < 2; i++) {
            long a = System.nanoTime();
            List<dev.maturity.core.history.HistoryEntry> levels = store.read(HistoryQuery.all().withoutCriteria());
            long b = System.nanoTime();
            List<String> ids = levels.stream().filter(dev.maturity.core.history.HistoryEntry::scored)
                    .collect(java.util.stream.Collectors.toMap(dev.maturity.core.history.HistoryEntry::target,
                            dev.maturity.core.history.HistoryEntry::id, (x, y) -> y)).values().stream().toList();
            store.reports(ids, new java.util.HashMap<>());
            long c = System.nanoTime();
            System.out.printf("levels of %d scans %.2f s, %d reports %.2f s%n", levels.size(), (b - a) / 1e9, ids.size(), (c - b) / 1e9);
        }
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            Fleet f = FleetReader.read(store, HistoryQuery.all(), Instant.now().minus(Duration.ofDays(7)), Instant.now());
            long t1 = System.nanoTime();
            String page = FleetPage.render(f);
            long t2 = System.nanoTime();
            System.out.printf("%s read %.2f s, render %.2f s, %d targets, %.2f MB%n", i == 0 ? "warm-up" : "run    ",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, f.targets().size(), page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6);
        }
    }
}
