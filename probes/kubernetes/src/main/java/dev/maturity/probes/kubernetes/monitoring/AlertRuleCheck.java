package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Judgement;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.objects.Verdict;
import dev.maturity.probes.kubernetes.rollouts.Analysis;
import dev.maturity.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alerting rules that watch one thing: drift or model quality, training-serving skew, tail latency
 * (p95/p99, directly or through a recorded series, or in rollout analysis that aborts), or cost by
 * feature. A recording rule alone alerts nobody, so only alert rules count (cost: recorded series too).
 */
public final class AlertRuleCheck implements Judgement {

    /** What the rules must watch. */
    public enum Watch { DRIFT, SKEW, LATENCY, COST_BY_FEATURE }

    private final Watch watch;

    public AlertRuleCheck(Watch watch) {
        this.watch = watch;
    }

    @Override
    public List<ApiKind> kinds() {
        return watch == Watch.LATENCY ? List.of(ApiKinds.PROMETHEUS_RULE, ApiKinds.ROLLOUT, ApiKinds.ANALYSIS_TEMPLATE,
                ApiKinds.CLUSTER_ANALYSIS_TEMPLATE) : List.of(ApiKinds.PROMETHEUS_RULE);
    }

    @Override
    public Verdict judge(Manifests m, ProbeContext ctx) {
        List<AlertRule> rules = AlertRule.of(m);
        Map<String, AlertRule> recorded = new HashMap<>();
        rules.stream().filter(r -> !r.isAlert()).forEach(r -> recorded.put(r.record(), r));
        List<Evidence> found = new ArrayList<>();
        for (AlertRule r : rules) {
            String why = switch (watch) {
                case DRIFT -> r.isAlert() && RuleSignals.drift(r) ? "alerts on drift or model quality: " + r.expr() : null;
                case SKEW -> r.isAlert() && RuleSignals.skew(r) ? "alerts on training-serving skew: " + r.expr() : null;
                case LATENCY -> r.isAlert() ? latency(r, recorded) : null;
                case COST_BY_FEATURE -> RuleSignals.COST.matcher(r.expr()).find() && RuleSignals.BY_FEATURE.matcher(r.expr()).find()
                        ? "token or cost metric by feature: " + r.expr() : null;
            };
            if (why != null) {
                found.add(r.evidence(why));
            }
        }
        if (watch == Watch.LATENCY) {
            for (ResourceObject t : Analysis.usedTemplates(m)) {
                for (YamlNode metric : t.body().at("spec", "metrics").items()) {
                    Optional<Double> q = RuleSignals.tailQuantile(metric.at("provider", "prometheus", "query").textOr(""));
                    if (q.isPresent() && (metric.get("failureCondition").hasContent() || metric.get("successCondition").hasContent())) {
                        found.add(t.evidence().withDetail(t.kind() + " " + t.qualifiedName() + " metric "
                                + metric.get("name").textOr("") + " aborts rollouts on p" + pct(q.get())));
                    }
                }
            }
        }
        String what = switch (watch) {
            case DRIFT -> "alert rules on drift or model quality";
            case SKEW -> "alert rules on training-serving skew";
            case LATENCY -> "p95/p99 latency alerts";
            case COST_BY_FEATURE -> "token or cost rules broken down by feature";
        };
        return found.isEmpty()
                ? Verdict.notMet("no " + what + " among " + rules.size() + " rule(s) in " + m.of(ApiKinds.PROMETHEUS_RULE).size()
                        + " PrometheusRule(s)", List.of())
                : Verdict.met(found.size() + " " + what, Verdict.cap(found, 50));
    }

    private static String latency(AlertRule r, Map<String, AlertRule> recorded) {
        Optional<Double> q = RuleSignals.tailQuantile(r.expr());
        if (q.isPresent()) {
            return "alerts on p" + pct(q.get()) + ": " + r.expr();
        }
        for (AlertRule rec : recorded.values()) {
            if (r.expr().matches("(?s).*(^|[^\\w:])" + java.util.regex.Pattern.quote(rec.record()) + "([^\\w:]|$).*")) {
                Optional<Double> rq = RuleSignals.tailQuantile(rec.expr());
                if (rq.isPresent()) {
                    return "alerts on recorded p" + pct(rq.get()) + " series " + rec.record();
                }
            }
        }
        return null;
    }

    private static String pct(double q) {
        String s = String.valueOf(q * 100);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
