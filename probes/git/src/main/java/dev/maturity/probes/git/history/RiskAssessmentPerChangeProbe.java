package dev.maturity.probes.git.history;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.glob.Glob;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The risk assessment is refreshed per material change: every change to model code, prompts or
 * training-data config that landed in the window is accompanied by a change to a risk/impact
 * assessment ({@code risk.paths}) in the same commit or merge, or within {@code risk.window-days}
 * before or after it. Changes whose tolerance has not yet elapsed are pending, not failures.
 */
public final class RiskAssessmentPerChangeProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.risk-assessment-per-change",
            "Is every material change accompanied by a change to the risk/impact assessment?",
            "Update the risk/impact assessment in the same merge as each material change to a model, prompt or "
                    + "training-data config, or within the allowed days.",
            "EU-AI-Act:Art.9", "NIST-AI-RMF:MAP-1.1", "ISO-42001:A.5.2");

    static final Set<PathKind> MATERIAL = EnumSet.of(PathKind.TRAINING, PathKind.PROMPT, PathKind.DATA_CONFIG);

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
        int lookback = context.integer("risk.lookback-days", context.integer("review.window-days", 90));
        Duration tolerance = Duration.ofDays(context.integer("risk.window-days", 14));
        List<String> globs = context.list("risk.paths", List.of()).stream().map(g -> g.toLowerCase(Locale.ROOT)).toList();
        Glob riskGlobs = globs.isEmpty() ? null : Glob.anyPath(globs);
        Instant asOf = context.asOf();
        List<MlChange> landed = HistoryView.landed(facts, asOf, HistoryExtractor.RECORD_DAYS);
        List<MlChange> risk = landed.stream().filter(c -> isRisk(c, riskGlobs)).toList();
        Instant from = asOf.minus(Duration.ofDays(lookback));
        List<MlChange> material = landed.stream().filter(c -> c.time().isAfter(from))
                .filter(c -> c.kinds().stream().anyMatch(MATERIAL::contains)).toList();
        if (material.isEmpty()) {
            return HistoryView.notMet(facts, METADATA.id(), "no material change (training, prompt, data config) in the last "
                    + HistoryView.days(lookback) + ": no risk refresh to show", List.of());
        }
        MlPaths paths = MlPaths.from(context.parameters());
        List<Evidence> matched = new ArrayList<>();
        List<Evidence> unmatched = new ArrayList<>();
        int pending = 0;
        for (MlChange c : material) {
            Optional<MlChange> r = match(c, risk, tolerance);
            Evidence at = HistoryView.at(c, paths, MATERIAL);
            if (r.isPresent()) {
                matched.add(at.withDetail(at.detail() + " — risk assessment changed in "
                        + (r.get().commit().equals(c.commit()) ? "the same commit" : r.get().shortId() + " (" + r.get().time() + ")")));
            } else if (c.time().plus(tolerance).isAfter(asOf)) {
                pending++;
            } else {
                unmatched.add(at.withDetail("no risk assessment change within " + tolerance.toDays()
                        + " days: " + at.detail()));
            }
        }
        String summary = matched.size() + " of " + material.size() + " material change(s) in the last " + HistoryView.days(lookback)
                + " came with a risk assessment change" + (pending > 0 ? ", " + pending + " still within the " + tolerance.toDays()
                + "-day allowance" : "");
        if (unmatched.isEmpty()) {
            return Finding.met(METADATA.id(), summary, HistoryView.cap(matched));
        }
        return HistoryView.notMet(facts, METADATA.id(), summary + "; " + unmatched.size() + " without", unmatched);
    }

    private static boolean isRisk(MlChange c, Glob globs) {
        if (globs == null) {
            return c.touches(PathKind.RISK_DOC);
        }
        for (String p : c.paths()) {
            String lower = p.toLowerCase(Locale.ROOT);
            if (globs.matches(lower) || globs.matches("/" + lower)) {
                return true;
            }
        }
        return c.touches(PathKind.RISK_DOC);
    }

    private static Optional<MlChange> match(MlChange change, List<MlChange> risk, Duration tolerance) {
        return risk.stream()
                .filter(r -> r.commit().equals(change.commit())
                        || Duration.between(change.time(), r.time()).abs().compareTo(tolerance) <= 0)
                .min(Comparator.comparing((MlChange r) -> !r.commit().equals(change.commit()))
                        .thenComparing(r -> Duration.between(change.time(), r.time()).abs()));
    }
}
