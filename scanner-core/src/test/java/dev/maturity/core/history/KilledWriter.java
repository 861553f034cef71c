package dev.maturity.core.history;

import dev.maturity.core.model.Outcome;

/** A child JVM that starts appending a scan, says so, and waits mid-transaction to be killed. */
public final class KilledWriter {

    private KilledWriter() {
    }

    public static void main(String[] args) {
        HistoryStore store = HistoryStore.open(args[0]);
        store.append(Recorded.scored("ranker", ReportFixture.at("2026-11-29T02:00:00Z")
                .llmEvaluation(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_MET).build()), () -> {
            System.out.println("MID-WRITE");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
