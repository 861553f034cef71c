package dev.maturity.core.fleet;

import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The levels that moved between two scans of a target, each with the criteria of its axis x track
 * whose outcome differs, read from the two stored reports. A criterion the older rubric did not have
 * (or the newer one dropped) flips from or to nothing; the page shows each scan's rubric version.
 */
final class Movements {

    /** At most this many evidence locators per flipped criterion. */
    static final int LOCATORS = 3;

    private Movements() {
    }

    static List<Fleet.Movement> between(Fleet.Target target, HistoryEntry before, Report beforeReport) {
        HistoryEntry after = target.latest();
        List<Fleet.Movement> out = new ArrayList<>();
        for (Axis a : Axis.values()) {
            for (Track t : Track.values()) {
                HistoryEntry.Key k = new HistoryEntry.Key(a, t);
                Integer from = FleetReader.level(before, k);
                Integer to = FleetReader.level(after, k);
                if (!Objects.equals(from, to)) {
                    out.add(new Fleet.Movement(target, k, before, after, from, to, flips(k, beforeReport, target.report())));
                }
            }
        }
        return out;
    }

    private static List<Fleet.Flip> flips(HistoryEntry.Key k, Report before, Report after) {
        Map<String, CriterionResult> b = criteria(before, k);
        Map<String, CriterionResult> a = criteria(after, k);
        TreeSet<String> ids = new TreeSet<>(b.keySet());
        ids.addAll(a.keySet());
        List<Fleet.Flip> out = new ArrayList<>();
        for (String id : ids) {
            CriterionResult cb = b.get(id);
            CriterionResult ca = a.get(id);
            Outcome ob = cb == null ? null : cb.outcome();
            Outcome oa = ca == null ? null : ca.outcome();
            if (ob != oa) {
                List<String> locators = locators(ca);
                out.add(new Fleet.Flip(id, ob, oa, locators.isEmpty() ? locators(cb) : locators));
            }
        }
        return out;
    }

    private static Map<String, CriterionResult> criteria(Report r, HistoryEntry.Key k) {
        Map<String, CriterionResult> out = new LinkedHashMap<>();
        if (r != null) {
            r.axis(k.axis(), k.track()).map(AxisResult::criteria).orElse(List.of()).forEach(c -> out.put(c.id(), c));
        }
        return out;
    }

    private static List<String> locators(CriterionResult c) {
        return c == null ? List.of() : c.evidence().stream().map(Evidence::locator).distinct().limit(LOCATORS).toList();
    }
}
