package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.objects.Selectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One rule of a PrometheusRule ({@code spec.groups[].rules[]}): an alert or a recording rule, its
 * expression, labels and annotations, and the object (with the rule's lines, for manifests) it came from.
 */
public record AlertRule(ResourceObject source, String group, String alert, String record, String expr,
                        Map<String, String> labels, Map<String, String> annotations, YamlNode node) {

    public static List<AlertRule> of(Manifests m) {
        List<AlertRule> out = new ArrayList<>();
        for (ResourceObject pr : m.of(ApiKinds.PROMETHEUS_RULE)) {
            for (YamlNode g : pr.body().at("spec", "groups").items()) {
                for (YamlNode r : g.get("rules").items()) {
                    String expr = r.get("expr").textOr("").trim();
                    if (expr.isEmpty()) {
                        continue;
                    }
                    out.add(new AlertRule(pr, g.get("name").textOr(""), r.get("alert").textOr(""), r.get("record").textOr(""),
                            expr, Selectors.strings(r.get("labels")), Selectors.strings(r.get("annotations")), r));
                }
            }
        }
        return out;
    }

    public boolean isAlert() {
        return !alert.isEmpty();
    }

    public String name() {
        return isAlert() ? alert : record;
    }

    /** Evidence naming the rule; for manifests the locator narrows to the rule's lines. */
    public Evidence evidence(String detail) {
        Evidence e = source.evidence();
        if (e.location() instanceof dev.maturity.core.model.GitLocation g && node.line() > 0) {
            e = new Evidence(narrow(g), e.strength(), e.digest(), e.detail());
        }
        return e.withDetail((isAlert() ? "alert " : "recording rule ") + name() + " in PrometheusRule "
                + source.qualifiedName() + ": " + detail);
    }

    private dev.maturity.core.model.GitLocation narrow(dev.maturity.core.model.GitLocation g) {
        return dev.maturity.core.model.GitLocation.lines(g.repo(), g.commit(), g.path(), node.line(), lastLine(node));
    }

    /** The last line holding content of the rule (a block's own end mark may sit on the next rule's line). */
    private static int lastLine(YamlNode n) {
        int[] last = {n.line()};
        n.walk(c -> {
            if (c.isScalar() || !c.entries().isEmpty() && c.endLine() == c.line()) {
                last[0] = Math.max(last[0], c.endLine());
            }
        });
        return last[0];
    }
}
