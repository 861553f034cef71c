package dev.maturity.probes.kubernetes.objects;

import dev.maturity.core.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Kubernetes label selectors as the API server evaluates them. */
public final class Selectors {

    private Selectors() {
    }

    /** A LabelSelector ({@code matchLabels}, {@code matchExpressions}); an empty selector matches everything. */
    public static boolean matches(YamlNode selector, Map<String, String> labels) {
        for (Map.Entry<String, YamlNode> e : selector.get("matchLabels").entries().entrySet()) {
            if (!e.getValue().textOr("").equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (YamlNode expr : selector.get("matchExpressions").items()) {
            String key = expr.get("key").textOr("");
            List<String> values = expr.get("values").texts();
            String value = labels.get(key);
            boolean ok = switch (expr.get("operator").textOr("")) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A Service-style selector (a plain map): matches when every pair is among the labels; an empty one selects nothing. */
    public static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    /** A mapping of scalars as a map. */
    public static Map<String, String> strings(YamlNode mapping) {
        Map<String, String> out = new LinkedHashMap<>();
        mapping.entries().forEach((k, v) -> v.text().ifPresent(t -> out.put(k, t)));
        return out;
    }
}
