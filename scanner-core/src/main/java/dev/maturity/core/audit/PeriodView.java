package dev.maturity.core.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.history.Trends;
import dev.maturity.core.score.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The review period of a pack ({@code period.json}, a section of {@code controls.html}): the history
 * store's scans in the period per target, the trend per axis x track (first, last, lowest, highest
 * level), each regression with the criteria that flipped, and the waivers in force.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PeriodView(String from, String to, int days, String history, List<String> judgedOverPeriod,
                         List<TargetTrend> targets, List<Report.WaiverEntry> waivers) {

    /** The history criteria whose windows the audit set to the period. */
    public static final List<String> WINDOW_PARAMETERS = List.of("review.window-days", "mlflow.cadence.window-days");

    public record TargetTrend(String target, int scans, List<AxisTrend> axes, List<Regression> regressions) {
    }

    public record AxisTrend(String axis, String track, Integer first, Integer last, Integer lowest, Integer highest,
                            String sparkline) {
    }

    public record Regression(String axis, String track, String at, Integer from, Integer to, List<String> flipped) {
    }

    /**
     * @param entries the store's scans (any period; those outside it are left out), or null when no store was read
     * @param history where the store is, or why none was read
     */
    public static PeriodView of(Period period, List<HistoryEntry> entries, String history, Report report) {
        List<HistoryEntry> inPeriod = entries == null ? List.of()
                : entries.stream().filter(e -> period.contains(e.scannedAt())).toList();
        List<TargetTrend> targets = new ArrayList<>();
        for (Trends t : Trends.of(inPeriod)) {
            targets.add(new TargetTrend(t.target(), t.scans().size(), axes(t), regressions(t)));
        }
        List<Report.WaiverEntry> waivers = report.waivers().stream().filter(w -> "applied".equals(w.status())).toList();
        return new PeriodView(period.from().toString(), period.to().toString(), period.days(), history,
                WINDOW_PARAMETERS, targets, waivers);
    }

    private static List<AxisTrend> axes(Trends t) {
        List<AxisTrend> out = new ArrayList<>();
        for (Map.Entry<HistoryEntry.Key, List<Trends.Point>> s : t.series().entrySet()) {
            List<Integer> levels = s.getValue().stream().map(Trends.Point::level).filter(Objects::nonNull).toList();
            if (levels.isEmpty()) {
                continue;
            }
            out.add(new AxisTrend(s.getKey().axis().id(), s.getKey().track().id(), levels.get(0),
                    levels.get(levels.size() - 1), levels.stream().min(Integer::compare).orElse(null),
                    levels.stream().max(Integer::compare).orElse(null), Trends.sparkline(s.getValue())));
        }
        return out;
    }

    private static List<Regression> regressions(Trends t) {
        return t.changes().stream()
                .filter(c -> c.from() != null && (c.to() == null || c.to() < c.from()))
                .map(c -> new Regression(c.key().axis().id(), c.key().track().id(), c.at().toString(), c.from(), c.to(),
                        c.flipped().stream().map(f -> f.criterion() + " " + f.before() + "→" + f.after()).toList()))
                .toList();
    }
}
