package dev.maturity.core.audit;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges each control from the outcomes of the criteria it maps, on every track where they apply:
 * all MET is supported; some MET is partly supported (an UNKNOWN beside a MET keeps a control from
 * being supported); MET nowhere but NOT_MET somewhere is not supported; only UNKNOWN, or no mapped
 * criterion applying, is unknown. A waived criterion counts as what the scan found under the waiver.
 */
public final class ControlAssessment {

    private ControlAssessment() {
    }

    /**
     * @param captured locator of each cited artefact → the path of its captured copy in the pack
     */
    public static List<ControlResult> assess(ControlCatalogue catalogue, Collection<Framework> frameworks, Report report,
                                             Map<String, String> captured) {
        return catalogue.of(frameworks).stream().map(c -> assess(c, report, captured)).toList();
    }

    static ControlResult assess(Control control, Report report, Map<String, String> captured) {
        List<ControlResult.CriterionLine> lines = new ArrayList<>();
        Set<String> remediation = new LinkedHashSet<>();
        List<String> met = new ArrayList<>();
        List<String> notMet = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : control.criteria()) {
            for (AxisResult axis : report.axes()) {
                if (!axis.applicable()) {
                    continue;
                }
                for (CriterionResult c : axis.criteria()) {
                    if (!c.id().equals(id) || c.rawOutcome() == Outcome.NOT_APPLICABLE) {
                        continue;
                    }
                    String label = id + " (" + axis.track().id() + ")";
                    switch (c.rawOutcome()) {
                        case MET -> met.add(label);
                        case NOT_MET -> notMet.add(label);
                        default -> unknown.add(label);
                    }
                    if (c.rawOutcome() != Outcome.MET && c.remediation() != null && !c.remediation().isBlank()) {
                        remediation.add(c.remediation());
                    }
                    lines.add(line(c, axis, captured));
                }
            }
        }
        ControlStatus status = ControlStatus.of(met.size(), notMet.size(), unknown.size());
        return new ControlResult(control.framework().id(), control.id(), control.title(), control.paraphrase(), status,
                why(status, met, notMet, unknown), lines, new ArrayList<>(remediation), control.origin());
    }

    private static ControlResult.CriterionLine line(CriterionResult c, AxisResult axis, Map<String, String> captured) {
        List<ControlResult.EvidenceRef> refs = new ArrayList<>();
        for (Evidence e : c.evidence()) {
            refs.add(new ControlResult.EvidenceRef(e.source(), e.locator(), e.strength().id(), captured.get(e.locator())));
        }
        String waiver = c.waiver() == null ? null
                : "waived by " + c.waiver().owner() + " until " + c.waiver().expires() + ": " + c.waiver().reason();
        return new ControlResult.CriterionLine(c.id(), axis.track().id(),
                c.rawOutcome(), c.question(), c.summary(), refs, waiver);
    }

    private static String why(ControlStatus status, List<String> met, List<String> notMet, List<String> unknown) {
        int total = met.size() + notMet.size() + unknown.size();
        if (total == 0) {
            return "No criterion this control maps applies to the workloads found, so the scan holds no evidence for it.";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(met.size()).append(" of ").append(total).append(" mapped criteria met");
        if (!met.isEmpty()) {
            sb.append(": ").append(String.join(", ", met));
        }
        sb.append('.');
        if (!notMet.isEmpty()) {
            sb.append(" Not met: ").append(String.join(", ", notMet)).append('.');
        }
        if (!unknown.isEmpty()) {
            sb.append(" Unknown (a source that could prove it was not read): ").append(String.join(", ", unknown)).append('.');
        }
        if (status == ControlStatus.UNKNOWN) {
            sb.append(" An unread source is no evidence either way.");
        }
        return sb.toString();
    }
}
