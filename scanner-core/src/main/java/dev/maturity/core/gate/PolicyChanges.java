package dev.maturity.core.gate;

import dev.maturity.core.model.Outcome;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Waivers the change under test brought with it. In CI the pull request controls its own checkout,
 * waiver file included: a change that drops the eval workflow and waives the criterion in the same
 * commit must not pass the regression gate. A waiver applied now that the baseline report did not
 * have is a policy change; one that hides a criterion the baseline met (raw, without waivers) is a
 * violation unless the job says its policy files come from a trusted place.
 */
final class PolicyChanges {

    private PolicyChanges() {
    }

    /** A waiver new since the baseline, and whether it hides a criterion the baseline met. */
    record Change(Violation violation, boolean hidesBaselineMet) {}

    static List<Change> between(Report baseline, Report report) {
        Set<String> before = new HashSet<>();
        for (Report.WaiverEntry w : baseline.waivers()) {
            before.add(key(w.criterion(), w.track(), w.repository()));
        }
        List<Change> changes = new ArrayList<>();
        for (Report.WaiverEntry w : report.waivers()) {
            if (!"applied".equals(w.status()) || before.contains(key(w.criterion(), w.track(), w.repository()))) {
                continue;
            }
            for (AxisResult a : report.axes()) {
                for (CriterionResult c : a.criteria()) {
                    if (!c.id().equals(w.criterion()) || c.outcome() != Outcome.WAIVED || c.waiver() == null) {
                        continue;
                    }
                    boolean metBefore = rawOutcome(baseline, a, c.id()) == Outcome.MET;
                    String message = "new waiver for " + c.id() + " (" + a.axis().id() + "/" + a.track().id() + ") at "
                            + w.location() + " by " + w.owner() + ": the baseline " + (metBefore
                            ? "met it, so the waiver hides a regression" : "did not meet it either");
                    changes.add(new Change(new Violation(Violation.Kind.POLICY_CHANGE, a.axis(), a.track(), c.level(),
                            c.level(), List.of(c.id()), message), metBefore));
                }
            }
        }
        return changes;
    }

    private static Outcome rawOutcome(Report baseline, AxisResult now, String id) {
        return baseline.axis(now.axis(), now.track())
                .flatMap(a -> a.criteria().stream().filter(c -> c.id().equals(id)).findFirst())
                .map(c -> c.waiver() != null ? c.waiver().rawOutcome() : c.outcome())
                .orElse(null);
    }

    private static String key(String criterion, String track, String repository) {
        return criterion + "|" + Objects.toString(track, "") + "|" + Objects.toString(repository, "");
    }
}
