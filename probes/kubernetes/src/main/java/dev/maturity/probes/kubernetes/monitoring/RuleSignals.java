package dev.maturity.probes.kubernetes.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an alert rule watches, read from its name and PromQL expression. */
public final class RuleSignals {

    static final Pattern DRIFT = Pattern.compile("(?i)(drift|population_stability|\\bpsi\\b|_psi|kl_divergence|js_divergence"
            + "|wasserstein|data_quality|model_(accuracy|auc|f1|precision|recall|quality|performance)|prediction_(accuracy|quality))");
    static final Pattern SKEW = Pattern.compile("(?i)(skew|training_serving|train_serve|serving_vs_training)");
    static final Pattern QUANTILE = Pattern.compile("histogram_quantile\\s*\\(\\s*([0-9.]+)");
    static final Pattern COST = Pattern.compile("(?i)(token|cost|gen_ai_client_token_usage|llm_.*(usage|spend))");
    static final Pattern BY_FEATURE = Pattern.compile("(?i)(by|without)\\s*\\([^)]*\\b(feature|product|use_?case|product_feature)\\b"
            + "|\\b(feature|product|use_?case)\\s*=~?\\s*\"");
    static final Pattern ML = Pattern.compile("(?i)(model|inference|predict|llm|token|serving|kserve|seldon|vllm|triton|mlserver|torchserve|bentoml|tgi_"
            + "|drift|skew|gen_ai)");
    static final List<String> ONCALL_KEYS = List.of("runbook_url", "runbook", "pagerduty", "opsgenie", "oncall", "on_call",
            "escalation");

    private RuleSignals() {
    }

    /** The highest quantile (0.95 and above) a histogram_quantile in the expression asks for. */
    public static Optional<Double> tailQuantile(String expr) {
        Matcher m = QUANTILE.matcher(expr);
        double best = -1;
        while (m.find()) {
            try {
                best = Math.max(best, Double.parseDouble(m.group(1)));
            } catch (NumberFormatException ignored) {
                // not a literal quantile
            }
        }
        return best >= 0.95 && best < 1 ? Optional.of(best) : Optional.empty();
    }

    static boolean drift(AlertRule r) {
        return DRIFT.matcher(r.name()).find() || DRIFT.matcher(r.expr()).find();
    }

    static boolean skew(AlertRule r) {
        return SKEW.matcher(r.name()).find() || SKEW.matcher(r.expr()).find();
    }

    static boolean ml(AlertRule r) {
        return drift(r) || skew(r) || ML.matcher(r.name()).find() || ML.matcher(r.expr()).find();
    }

    /** The team (or owner) label, the severity label, and an on-call reference, or what is missing. */
    static String routingGap(AlertRule r) {
        StringBuilder gap = new StringBuilder();
        if (!has(r.labels(), "team") && !has(r.labels(), "owner")) {
            gap.append("no team label; ");
        }
        if (!has(r.labels(), "severity")) {
            gap.append("no severity label; ");
        }
        boolean oncall = ONCALL_KEYS.stream().anyMatch(k -> keyed(r.labels(), k) || keyed(r.annotations(), k));
        if (!oncall) {
            gap.append("no runbook or on-call reference; ");
        }
        return gap.isEmpty() ? null : gap.substring(0, gap.length() - 2);
    }

    private static boolean has(Map<String, String> m, String key) {
        String v = m.get(key);
        return v != null && !v.isBlank();
    }

    private static boolean keyed(Map<String, String> m, String fragment) {
        return m.entrySet().stream().anyMatch(e -> e.getKey().toLowerCase().contains(fragment) && !e.getValue().isBlank());
    }
}
