package dev.maturity.core.gate;

import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import java.util.List;

/** Edits a report the way an older rubric would have produced it. */
final class ReportEdits {

    private ReportEdits() {
    }

    /** Only on the classical track, so the other track shows the criterion as new. */
    static Report renameCriterion(Report r, String from, String to) {
        List<AxisResult> axes = r.axes().stream().map(a -> new AxisResult(a.axis(), a.track(), a.applicable(), a.level(),
                a.ceiling(), a.levelWithWaivers(), a.criteria().stream()
                .filter(c -> a.track().id().equals("classical") || !c.id().equals(from))
                .map(c -> c.id().equals(from) ? rename(c, to) : c).toList(), a.next())).toList();
        return new Report(r.schemaVersion(), r.tool(), r.scannedAt(), r.asOf(), r.rubric(), r.sources(), r.summary(), axes,
                r.unreadable());
    }

    private static CriterionResult rename(CriterionResult c, String id) {
        return new CriterionResult(id, c.level(), c.question(), c.outcome(), c.summary(), c.remediation(), c.references(),
                c.probes(), c.strength(), c.evidence(), c.waiver());
    }
}
