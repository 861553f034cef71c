package dev.maturity.core.gate;

import dev.maturity.core.model.Outcome;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holds a report to a baseline and to floors. Levels are compared with waivers applied (a waiver
 * exists to let a known gap pass); every violation names the criteria behind it.
 *
 * @param baseline             the earlier report, or null
 * @param failOnRegression     a level drop against the baseline fails the gate (otherwise it is a warning)
 * @param allowPolicyChanges   waivers new since the baseline may hide what it met (policy files come from a
 *                             trusted place); otherwise such a waiver fails a regression gate
 */
public record Gate(Report baseline, boolean failOnRegression, List<Floor> floors, boolean allowPolicyChanges) {

    public Gate {
        floors = List.copyOf(floors);
    }

    public Gate(Report baseline, boolean failOnRegression, List<Floor> floors) {
        this(baseline, failOnRegression, floors, false);
    }

    public GateResult evaluate(Report report) {
        List<Violation> violations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ReportDiff diff = null;
        if (baseline != null) {
            diff = ReportDiff.between(baseline, report);
            warnings.addAll(diff.warnings());
            for (LevelChange drop : diff.drops()) {
                Violation v = regression(report, diff, drop);
                if (failOnRegression) {
                    violations.add(v);
                } else {
                    warnings.add(v.message());
                }
            }
            for (PolicyChanges.Change change : PolicyChanges.between(baseline, report)) {
                if (change.hidesBaselineMet() && failOnRegression && !allowPolicyChanges) {
                    violations.add(change.violation());
                } else {
                    warnings.add(change.violation().message());
                }
            }
        }
        for (Floor f : floors) {
            for (AxisResult a : report.axes()) {
                if (!f.covers(a.axis(), a.track())) {
                    continue;
                }
                if (!a.applicable()) {
                    if (f.track() != null) {
                        warnings.add("floor " + f + " not checked: no " + a.track().id() + " workload detected");
                    }
                    continue;
                }
                int level = effective(a);
                if (level < f.level()) {
                    List<String> blocking = blocking(a, f.level());
                    violations.add(new Violation(Violation.Kind.BELOW_FLOOR, a.axis(), a.track(), f.level(), level, blocking,
                            a.axis().id() + "/" + a.track().id() + " is at level " + level + ", below the floor " + f.level()
                                    + (blocking.isEmpty() ? "" : "; not met: " + String.join(", ", blocking))));
                }
            }
        }
        return new GateResult(violations, warnings, incomplete(report), floors, diff);
    }

    private static Violation regression(Report report, ReportDiff diff, LevelChange drop) {
        Optional<AxisResult> a = report.axis(drop.axis(), drop.track());
        List<String> gaps = a.map(x -> blocking(x, drop.effectiveBefore())).orElse(List.of());
        List<String> named = diff.causes(drop).stream().map(Flip::criterion).filter(gaps::contains).distinct().toList();
        if (named.isEmpty()) {
            named = gaps;
        }
        String where = drop.axis().id() + "/" + drop.track().id();
        return new Violation(Violation.Kind.REGRESSION, drop.axis(), drop.track(), drop.effectiveBefore(),
                drop.effectiveAfter(), named, where + " dropped from level " + drop.effectiveBefore() + " to "
                + drop.effectiveAfter() + (named.isEmpty() ? "" : "; criteria no longer met: " + String.join(", ", named)));
    }

    /**
     * Criteria that do not pass at or below {@code level}: what stands between the axis and that
     * level (an alternative counts only while its group does not pass).
     */
    static List<String> blocking(AxisResult a, int level) {
        return a.criteria().stream().filter(c -> c.level() <= level && a.isGap(c, true))
                .map(CriterionResult::id).toList();
    }

    private static int effective(AxisResult a) {
        return a.levelWithWaivers() != null ? a.levelWithWaivers() : a.level();
    }

    /**
     * Why the scan is incomplete: sources that failed, and axes whose level could be higher were
     * their UNKNOWN criteria proven (ceiling above level).
     */
    static List<String> incomplete(Report report) {
        List<String> out = new ArrayList<>();
        for (SourceReport s : report.sources()) {
            if (s.status() != SourceStatus.OK && s.status() != SourceStatus.NOT_CONFIGURED) {
                out.add("source " + s.kind() + (s.uri() == null ? "" : " " + s.uri()) + " is " + s.status()
                        + (s.message().isBlank() ? "" : ": " + s.message()));
            }
        }
        for (AxisResult a : report.axes()) {
            if (a.applicable() && a.ceiling() != null && a.ceiling() > a.level()) {
                List<String> unknown = a.criteria().stream()
                        .filter(c -> c.rawOutcome() == Outcome.UNKNOWN && c.level() <= a.ceiling() && a.isGap(c, false))
                        .map(CriterionResult::id).toList();
                out.add(a.axis().id() + "/" + a.track().id() + " could be level " + a.ceiling() + ", not " + a.level()
                        + ": unknown " + String.join(", ", unknown));
            }
        }
        return out;
    }
}
