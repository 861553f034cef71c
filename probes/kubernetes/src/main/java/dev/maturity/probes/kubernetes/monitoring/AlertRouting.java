package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Judgement;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.objects.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * ML alerts reach the owning team's on-call: every alert about models (serving, drift, skew,
 * tokens, or a recorded series about them) carries a team (or owner) label, a severity label and a runbook or on-call reference.
 */
public final class AlertRouting implements Judgement {

    @Override
    public List<ApiKind> kinds() {
        return List.of(ApiKinds.PROMETHEUS_RULE);
    }

    @Override
    public Verdict judge(Manifests m, ProbeContext ctx) {
        List<AlertRule> rules = AlertRule.of(m);
        List<String> mlSeries = rules.stream().filter(r -> !r.isAlert() && RuleSignals.ml(r)).map(AlertRule::record).toList();
        List<AlertRule> ml = rules.stream().filter(AlertRule::isAlert)
                .filter(r -> RuleSignals.ml(r) || mlSeries.stream().anyMatch(r.expr()::contains)).toList();
        if (ml.isEmpty()) {
            return Verdict.notMet("no ML alert rule found", List.of());
        }
        List<Evidence> routed = new ArrayList<>();
        List<Evidence> unrouted = new ArrayList<>();
        for (AlertRule r : ml) {
            String gap = RuleSignals.routingGap(r);
            if (gap == null) {
                routed.add(r.evidence("team " + r.labels().getOrDefault("team", r.labels().get("owner"))
                        + ", severity " + r.labels().get("severity")));
            } else {
                unrouted.add(r.evidence(gap));
            }
        }
        String summary = routed.size() + " of " + ml.size() + " ML alert(s) carry team, severity and an on-call reference";
        return unrouted.isEmpty() ? Verdict.met(summary, Verdict.cap(routed, 50)) : Verdict.notMet(summary, Verdict.cap(unrouted, 50));
    }
}
