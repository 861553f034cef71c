package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** How a model service's traffic is split or mirrored, one line per mechanism found. */
final class Traffic {

    private Traffic() {
    }

    /** Canary or shadow mechanisms: weighted steps, Flagger analysis, KServe canary percent, Istio weights or mirrors, Seldon splits. */
    static List<String> canaryOrShadow(Delivery d) {
        List<String> out = new ArrayList<>();
        long weighted = d.steps().stream().filter(s -> s.has("setWeight") || s.has("setCanaryScale") || s.has("experiment")).count();
        if (weighted > 0) {
            out.add("Argo Rollouts canary with " + weighted + " traffic step(s)");
        }
        out.addAll(shadow(d));
        for (ResourceObject c : d.canaries()) {
            YamlNode a = c.body().at("spec", "analysis");
            if (a.has("stepWeight") || a.has("maxWeight") || a.has("stepWeights") || a.has("iterations")) {
                out.add("Flagger Canary " + c.qualifiedName());
            }
        }
        YamlNode pct = d.service().object().body().at("spec", "predictor", "canaryTrafficPercent");
        if (d.service().object().is("serving.kserve.io", "InferenceService") && pct.hasContent()) {
            out.add("KServe canaryTrafficPercent=" + pct.textOr(""));
        }
        for (ResourceObject vs : d.virtualServices()) {
            for (YamlNode http : vs.body().at("spec", "http").items()) {
                List<YamlNode> routes = http.get("route").items();
                boolean split = routes.size() > 1 && routes.stream().anyMatch(r -> {
                    int w = weight(r);
                    return w > 0 && w < 100;
                });
                if (split) {
                    out.add("Istio weighted route in VirtualService " + vs.qualifiedName());
                }
            }
        }
        if (d.service().object().is("machinelearning.seldon.io", "SeldonDeployment")) {
            List<YamlNode> preds = d.service().object().body().at("spec", "predictors").items();
            long weightedPreds = preds.stream().filter(p -> {
                int t = number(p.get("traffic"));
                return t > 0 && t < 100;
            }).count();
            if (weightedPreds > 1) {
                out.add("Seldon traffic split over " + weightedPreds + " predictors");
            }
        }
        for (ResourceObject e : d.experiments()) {
            if (e.body().at("spec", "candidates").items().size() > 1) {
                out.add("Seldon Experiment " + e.qualifiedName() + " splits traffic");
            }
        }
        return out;
    }

    /** Mirroring mechanisms only: Istio mirror(s), Seldon shadow, Seldon Experiment mirror, Flagger mirror, Rollout mirror route. */
    static List<String> shadow(Delivery d) {
        List<String> out = new ArrayList<>();
        if (d.steps().stream().anyMatch(s -> s.has("setMirrorRoute"))) {
            out.add("Argo Rollouts setMirrorRoute step");
        }
        for (ResourceObject c : d.canaries()) {
            if (c.body().at("spec", "analysis", "mirror").textOr("false").equals("true")) {
                out.add("Flagger mirror in Canary " + c.qualifiedName());
            }
        }
        for (ResourceObject vs : d.virtualServices()) {
            for (YamlNode http : vs.body().at("spec", "http").items()) {
                boolean mirror = http.at("mirror", "host").hasContent() || !http.get("mirrors").items().isEmpty();
                YamlNode pct = http.at("mirrorPercentage", "value");
                boolean off = pct.hasContent() && parse(pct.textOr("0")) <= 0;
                if (mirror && !off) {
                    out.add("Istio mirror in VirtualService " + vs.qualifiedName());
                }
            }
        }
        if (d.service().object().is("machinelearning.seldon.io", "SeldonDeployment")
                && d.service().object().body().at("spec", "predictors").items().stream()
                .anyMatch(p -> p.get("shadow").textOr("false").equals("true"))) {
            out.add("Seldon shadow predictor");
        }
        for (ResourceObject e : d.experiments()) {
            if (e.body().at("spec", "mirror").hasContent()) {
                out.add("Seldon Experiment " + e.qualifiedName() + " mirrors traffic");
            }
        }
        return out;
    }

    private static int weight(YamlNode route) {
        return number(route.get("weight"));
    }

    private static int number(YamlNode n) {
        return (int) parse(n.textOr("0"));
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
