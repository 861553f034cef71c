package dev.maturity.core.fleet;

import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Scorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet's highest-leverage upgrades, from each target's latest stored report: for every axis x
 * track below 5, each criterion that stands between it and its next level is set to MET alone and the
 * axis is scored again by the scorer's own rules (any-of groups included). Where that reaches the next
 * level, the target would move up on that criterion alone. Criteria are ranked by how many targets they
 * would move up, then by how many they hold back, then by id.
 */
final class FleetUpgrades {

    private FleetUpgrades() {
    }

    static List<Fleet.FleetUpgrade> rank(List<Fleet.Target> targets) {
        Map<String, List<Fleet.Lift>> lifts = new LinkedHashMap<>();
        Map<String, List<Fleet.Lift>> holds = new LinkedHashMap<>();
        Map<String, String> remediation = new LinkedHashMap<>();
        for (Fleet.Target t : targets) {
            if (t.report() == null) {
                continue;
            }
            for (AxisResult a : t.report().axes()) {
                if (!a.applicable() || a.level() == null || a.level() >= 5) {
                    continue;
                }
                HistoryEntry.Key key = new HistoryEntry.Key(a.axis(), a.track());
                for (String id : a.next().stream().distinct().toList()) {
                    CriterionResult c = a.criteria().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                    if (c == null) {
                        continue;
                    }
                    remediation.putIfAbsent(id, c.remediation() == null || c.remediation().isBlank() ? c.question() : c.remediation());
                    Fleet.Lift lift = new Fleet.Lift(t.name(), key, a.level());
                    (liftsAlone(a, id) ? lifts : holds).computeIfAbsent(id, k -> new ArrayList<>()).add(lift);
                }
            }
        }
        List<Fleet.FleetUpgrade> out = new ArrayList<>();
        remediation.forEach((id, text) -> out.add(new Fleet.FleetUpgrade(id, text, lifts.getOrDefault(id, List.of()),
                holds.getOrDefault(id, List.of()))));
        out.sort(Comparator.comparingInt((Fleet.FleetUpgrade u) -> -distinctTargets(u.lifts()))
                .thenComparingInt(u -> -distinctTargets(u.holds()))
                .thenComparing(Fleet.FleetUpgrade::criterion));
        return out;
    }

    /** Whether meeting this one criterion raises the axis above its level. */
    static boolean liftsAlone(AxisResult a, String id) {
        List<CriterionResult> changed = a.criteria().stream().map(c -> !c.id().equals(id) ? c
                : new CriterionResult(c.id(), c.level(), c.question(), Outcome.MET, c.summary(), c.remediation(),
                c.references(), c.probes(), c.strength(), c.evidence(), null, c.group())).toList();
        AxisResult again = Scorer.rescore(a, changed);
        return again.level() != null && again.level() > a.level();
    }

    static int distinctTargets(List<Fleet.Lift> lifts) {
        return (int) lifts.stream().map(Fleet.Lift::target).distinct().count();
    }
}
