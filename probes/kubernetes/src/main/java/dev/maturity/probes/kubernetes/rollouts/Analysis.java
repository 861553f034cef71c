package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Manifests;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a service's traffic shifting rolls back by itself: Rollout analysis bound to an
 * AnalysisTemplate that exists and has a failure or success condition, or Flagger analysis with
 * metric thresholds. Each reference that does not hold is named as a shortfall.
 */
public final class Analysis {

    /** What binds rollback (empty when nothing does) and what fell short. */
    record Result(List<String> bound, List<String> shortfalls, List<ResourceObject> templates) {
    }

    private Analysis() {
    }

    static Result of(Manifests m, Delivery d) {
        List<String> bound = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        List<ResourceObject> templates = new ArrayList<>();
        if (d.rollout() != null) {
            List<YamlNode> refs = new ArrayList<>();
            refs.addAll(d.canary().at("analysis", "templates").items());
            d.steps().forEach(s -> refs.addAll(s.at("analysis", "templates").items()));
            refs.addAll(d.blueGreen().at("prePromotionAnalysis", "templates").items());
            refs.addAll(d.blueGreen().at("postPromotionAnalysis", "templates").items());
            if (refs.isEmpty() && (d.canary().hasContent() || d.blueGreen().hasContent())) {
                short_.add("Rollout " + d.rollout().qualifiedName() + (d.steps().isEmpty() ? "" : " has canary steps but")
                        + " has no analysis");
            }
            for (YamlNode ref : refs) {
                String name = ref.get("templateName").textOr("");
                boolean cluster = ref.get("clusterScope").textOr("false").equals("true");
                Optional<ResourceObject> t = cluster ? m.find(ApiKinds.CLUSTER_ANALYSIS_TEMPLATE, null, name)
                        : m.find(ApiKinds.ANALYSIS_TEMPLATE, d.rollout().namespace(), name);
                String label = (cluster ? "ClusterAnalysisTemplate " : "AnalysisTemplate ") + name;
                if (t.isEmpty()) {
                    short_.add("Rollout " + d.rollout().qualifiedName() + " references missing " + label);
                } else if (conditions(t.get()) == 0) {
                    short_.add(label + " has no metric with a failure or success condition");
                } else {
                    bound.add("Rollout " + d.rollout().qualifiedName() + " analysis " + label + " ("
                            + conditions(t.get()) + " metric(s) with conditions)");
                    templates.add(t.get());
                }
            }
        }
        for (ResourceObject c : d.canaries()) {
            long thresholds = c.body().at("spec", "analysis", "metrics").items().stream()
                    .filter(x -> x.at("thresholdRange", "min").hasContent() || x.at("thresholdRange", "max").hasContent()).count();
            if (thresholds > 0) {
                bound.add("Flagger Canary " + c.qualifiedName() + " analysis with " + thresholds + " metric threshold(s)");
            } else {
                short_.add("Flagger Canary " + c.qualifiedName() + " has no metric thresholds");
            }
        }
        if (d.service().object().is("serving.kserve.io", "InferenceService")
                && d.service().object().body().at("spec", "predictor", "canaryTrafficPercent").hasContent()) {
            short_.add("KServe canaryTrafficPercent on " + d.service().object().qualifiedName() + " is promoted or rolled back by hand");
        }
        return new Result(bound, short_, templates);
    }

    /** Templates that some Rollout's analysis references and that exist: only these can abort a rollout. */
    public static List<ResourceObject> usedTemplates(Manifests m) {
        List<ResourceObject> out = new ArrayList<>();
        for (ResourceObject r : m.of(ApiKinds.ROLLOUT)) {
            YamlNode strategy = r.body().at("spec", "strategy");
            List<YamlNode> refs = new ArrayList<>();
            strategy.walk(n -> refs.addAll(n.get("templates").items()));
            for (YamlNode ref : refs) {
                String name = ref.get("templateName").textOr("");
                boolean cluster = ref.get("clusterScope").textOr("false").equals("true");
                (cluster ? m.find(ApiKinds.CLUSTER_ANALYSIS_TEMPLATE, null, name)
                        : m.find(ApiKinds.ANALYSIS_TEMPLATE, r.namespace(), name)).filter(t -> !out.contains(t)).ifPresent(out::add);
            }
        }
        return out;
    }

    static long conditions(ResourceObject template) {
        return template.body().at("spec", "metrics").items().stream()
                .filter(x -> x.get("failureCondition").hasContent() || x.get("successCondition").hasContent()).count();
    }
}
