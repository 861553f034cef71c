package dev.maturity.core.history;

import dev.maturity.core.model.Outcome;

/** A child JVM that opens a (possibly new) store and appends ten daily scans of one target. */
public final class ConcurrentWriter {

    private ConcurrentWriter() {
    }

    public static void main(String[] args) {
        HistoryStore store = HistoryStore.open(args[0]);
        for (int day = 1; day <= 10; day++) {
            store.append(new Recorded(args[1], "p", "t", "SCORED", "", ReportFixture
                    .at(String.format("2026-11-%02dT02:00:00Z", day)).llmEvaluation(Outcome.MET, Outcome.MET, Outcome.NOT_MET).build()));
        }
    }
}
