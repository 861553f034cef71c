package dev.maturity.core.waiver;

import dev.maturity.core.model.Track;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.Scorer;
import dev.maturity.core.score.Summary;
import dev.maturity.core.score.TrackSummary;
import dev.maturity.core.spi.SourceReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies waivers to a scored report: a current waiver turns a NOT_MET or UNKNOWN criterion into
 * WAIVED (the raw outcome kept beside it), then levels are recomputed so the raw level and the level
 * with waivers stand side by side. Expired waivers are ignored and listed in the report.
 */
public final class Waivers {

    private Waivers() {
    }

    public static Report apply(Report report, List<Waiver> waivers, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (waivers.isEmpty()) {
            return report;
        }
        Set<String> repositories = repositories(report);
        Map<Waiver, Boolean> used = new LinkedHashMap<>();
        waivers.forEach(w -> used.put(w, false));
        List<AxisResult> axes = new ArrayList<>();
        for (AxisResult a : report.axes()) {
            if (!a.applicable()) {
                axes.add(a);
                continue;
            }
            List<CriterionResult> criteria = new ArrayList<>();
            for (CriterionResult c : a.criteria()) {
                CriterionResult out = c;
                if (a.isGap(c, false)) {
                    for (Waiver w : waivers) {
                        if (!w.expiredOn(today) && covers(w, c, a.track(), repositories)) {
                            out = c.withWaiver(new CriterionResult.Waiver(w.owner(), w.reason(), w.expires().toString(),
                                    c.outcome()));
                            used.put(w, true);
                            break;
                        }
                    }
                }
                criteria.add(out);
            }
            axes.add(Scorer.rescore(a, criteria));
        }
        List<Report.WaiverEntry> entries = new ArrayList<>(report.waivers());
        used.forEach((w, applied) -> entries.add(new Report.WaiverEntry(w.criterion(),
                w.track() == null ? null : w.track().id(), w.repository(), w.owner(), w.reason(), w.expires().toString(),
                w.expiredOn(today) ? "expired" : applied ? "applied" : "unused", w.location())));
        return report.withWaivers(axes, summary(report.summary(), axes), entries);
    }

    private static boolean covers(Waiver w, CriterionResult c, Track track, Set<String> repositories) {
        return w.criterion().equals(c.id())
                && (w.track() == null || w.track() == track)
                && (w.repository() == null || repositories.contains(w.repository()));
    }

    /** Names of the scanned repositories: the last segment of each git source, without {@code .git}. */
    static Set<String> repositories(Report report) {
        return report.sources().stream()
                .filter(s -> s.kind().equals("git") && s.uri() != null)
                .map(SourceReport::uri)
                .map(Waivers::lastSegment)
                .collect(Collectors.toSet());
    }

    static String lastSegment(String uri) {
        String u = uri.replaceAll("[/\\\\]+$", "");
        String n = u.substring(Math.max(u.lastIndexOf('/'), u.lastIndexOf('\\')) + 1);
        return n.endsWith(".git") && n.length() > 4 ? n.substring(0, n.length() - 4) : n;
    }

    private static Summary summary(Summary s, List<AxisResult> axes) {
        return new Summary(track(s.classical(), axes, Track.CLASSICAL), track(s.llm(), axes, Track.LLM),
                s.platformLevel(), s.mismatches(), s.upgrade(), s.upgradeTarget());
    }

    private static TrackSummary track(TrackSummary t, List<AxisResult> axes, Track track) {
        if (t == null || !t.applicable()) {
            return t;
        }
        Integer withWaivers = axes.stream().filter(a -> a.track() == track && a.applicable())
                .map(AxisResult::levelWithWaivers).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        return new TrackSummary(true, t.level(), t.ceiling(), withWaivers, t.axes(), t.detection(), t.detectionEvidence());
    }
}
