package dev.maturity.probes.kubernetes.collect;

import dev.maturity.core.facts.ResourceObject;
import java.util.Map;

/** Fields without which an object of a kind cannot be judged; such objects are reported unreadable, not guessed at. */
final class ObjectChecks {

    private static final Map<String, String[]> REQUIRED = Map.of(
            "Rollout", new String[] {"spec", "strategy"},
            "ClusterQueue", new String[] {"spec", "resourceGroups"},
            "PrometheusRule", new String[] {"spec", "groups"},
            "InferenceService", new String[] {"spec", "predictor"},
            "Canary", new String[] {"spec", "targetRef"},
            "AnalysisTemplate", new String[] {"spec", "metrics"},
            "ClusterAnalysisTemplate", new String[] {"spec", "metrics"},
            "SeldonDeployment", new String[] {"spec", "predictors"});

    private ObjectChecks() {
    }

    /** What is missing, or null when the object has what its kind needs. */
    static String missing(ResourceObject o) {
        String[] path = REQUIRED.get(o.kind());
        if (path == null || o.body().at(path).hasContent()) {
            return null;
        }
        return o.kind() + " " + o.qualifiedName() + " has no " + String.join(".", path) + "; not judged";
    }
}
