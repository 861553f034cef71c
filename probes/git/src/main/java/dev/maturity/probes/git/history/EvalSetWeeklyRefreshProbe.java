package dev.maturity.probes.git.history;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The regression set is refreshed weekly: eval dataset files changed on the scanned branch in at
 * least {@code eval-refresh.min-weeks} of the last {@code eval-refresh.window-weeks} weeks (weeks
 * counted back from the scan time). The evidence lists the commits of each week.
 */
public final class EvalSetWeeklyRefreshProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.eval-set-weekly-refresh",
            "Did the eval dataset files change in most of the recent weeks?",
            "Sample production inputs into the eval dataset weekly (a scheduled job committing to the eval set).",
            "EU-AI-Act:Art.72", "NIST-AI-RMF:MEASURE-4.2", "ISO-42001:A.6.2.6");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = HistoryView.unread(facts, METADATA.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        int weeks = context.integer("eval-refresh.window-weeks", 8);
        int needed = context.integer("eval-refresh.min-weeks", 6);
        Instant asOf = context.asOf();
        List<MlChange> changes = HistoryView.landed(facts, asOf, weeks * 7).stream()
                .filter(c -> c.touches(PathKind.EVAL_DATA)).toList();
        Map<Integer, List<MlChange>> byWeek = new TreeMap<>();
        for (MlChange c : changes) {
            int ago = (int) ((asOf.getEpochSecond() - c.time().getEpochSecond()) / Duration.ofDays(7).getSeconds());
            byWeek.computeIfAbsent(ago, k -> new ArrayList<>()).add(c);
        }
        List<Evidence> ev = new ArrayList<>();
        MlPaths paths = MlPaths.from(context.parameters());
        byWeek.forEach((ago, cs) -> cs.forEach(c -> ev.add(HistoryView.at(c, paths, EnumSet.of(PathKind.EVAL_DATA)).withDetail(
                "week ending " + weekEnd(asOf, ago) + " (" + cs.size() + " commit(s)): " + c.evidence().detail()))));
        String summary = "eval dataset files changed in " + byWeek.size() + " of the last " + weeks + " weeks (need "
                + needed + ")";
        if (byWeek.size() >= needed) {
            return Finding.met(METADATA.id(), summary, ev);
        }
        List<Evidence> partial = new ArrayList<>(ev);
        facts.of(PathActivity.class).stream().filter(a -> a.kind() == PathKind.EVAL_DATA)
                .forEach(a -> partial.add(a.evidence().withDetail(a.changes() + " change(s) to eval dataset files in all history, last "
                        + a.lastChanged())));
        return HistoryView.notMet(facts, METADATA.id(), changes.isEmpty()
                ? "no eval dataset file changed in the last " + weeks + " weeks" : summary, partial);
    }

    private static LocalDate weekEnd(Instant asOf, int weeksAgo) {
        return LocalDate.ofInstant(asOf.minus(Duration.ofDays(7L * weeksAgo)), ZoneOffset.UTC);
    }
}
