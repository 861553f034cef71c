package dev.maturity.core.gate;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between an older and a newer report: level changes per axis x track, the criteria
 * whose outcome flipped, and warnings where the two were scored differently (another schema or
 * rubric version, criteria that moved or disappeared). Criteria are matched by id and track.
 */
public record ReportDiff(List<LevelChange> changes, List<Flip> flips, List<String> warnings) {

    public ReportDiff {
        changes = List.copyOf(changes);
        flips = List.copyOf(flips);
        warnings = List.copyOf(warnings);
    }

    public static ReportDiff between(Report before, Report after) {
        List<String> warnings = new ArrayList<>();
        if (before.schemaVersion() != after.schemaVersion()) {
            warnings.add("the baseline has report schema version " + before.schemaVersion() + ", this report "
                    + after.schemaVersion() + "; criteria are compared by id");
        }
        if (before.rubric() != null && after.rubric() != null
                && !Objects.equals(before.rubric().digest(), after.rubric().digest())) {
            warnings.add("the baseline was scored with rubric " + before.rubric().id() + " " + before.rubric().version()
                    + ", this report with " + after.rubric().id() + " " + after.rubric().version()
                    + "; criteria are compared by id");
        }
        List<LevelChange> changes = new ArrayList<>();
        for (AxisResult a : after.axes()) {
            Optional<AxisResult> b = before.axis(a.axis(), a.track());
            Integer bl = b.filter(AxisResult::applicable).map(AxisResult::level).orElse(null);
            Integer bw = b.filter(AxisResult::applicable).map(AxisResult::levelWithWaivers).orElse(null);
            LevelChange c = new LevelChange(a.axis(), a.track(), bl, a.applicable() ? a.level() : null, bw,
                    a.applicable() ? a.levelWithWaivers() : null);
            if (!Objects.equals(c.before(), c.after()) || !Objects.equals(c.effectiveBefore(), c.effectiveAfter())) {
                changes.add(c);
                if (bl != null && c.after() == null) {
                    warnings.add(a.track().id() + " is no longer detected, so " + a.axis().id() + "/" + a.track().id()
                            + " has no level (it was " + bl + ")");
                }
            }
        }
        Map<String, Located> old = index(before);
        Map<String, Located> now = index(after);
        List<Flip> flips = new ArrayList<>();
        for (Map.Entry<String, Located> e : now.entrySet()) {
            Located n = e.getValue();
            Located o = old.get(e.getKey());
            if (o == null) {
                if (!old.isEmpty() && n.applicable) {
                    warnings.add("criterion " + n.c.id() + " (" + n.track.id() + ") is new since the baseline");
                }
                continue;
            }
            if (o.c.level() != n.c.level() || o.axis != n.axis) {
                warnings.add("criterion " + n.c.id() + " (" + n.track.id() + ") changed from " + o.axis.id() + " L"
                        + o.c.level() + " to " + n.axis.id() + " L" + n.c.level());
            }
            if (o.applicable && n.applicable && o.c.outcome() != n.c.outcome()) {
                flips.add(new Flip(n.c.id(), n.axis, n.track, n.c.level(), o.c.outcome(), n.c.outcome()));
            }
        }
        for (Located o : old.values()) {
            if (!now.containsKey(o.c.id() + "|" + o.track.id())) {
                warnings.add("criterion " + o.c.id() + " (" + o.track.id() + ") of the baseline is not in this report");
            }
        }
        return new ReportDiff(changes, flips, warnings);
    }

    /** The flips that explain a drop of {@code change}: criteria that stopped passing at or below the old level. */
    public List<Flip> causes(LevelChange change) {
        return flips.stream().filter(f -> f.axis() == change.axis() && f.track() == change.track() && f.regressed()
                && f.level() <= change.effectiveBefore()).toList();
    }

    public List<LevelChange> drops() {
        return changes.stream().filter(LevelChange::dropped).toList();
    }

    private record Located(Axis axis, Track track, boolean applicable, CriterionResult c) {
    }

    private static Map<String, Located> index(Report r) {
        Map<String, Located> out = new LinkedHashMap<>();
        for (AxisResult a : r.axes()) {
            for (CriterionResult c : a.criteria()) {
                out.put(c.id() + "|" + a.track().id(), new Located(a.axis(), a.track(), a.applicable(), c));
            }
        }
        return out;
    }
}
