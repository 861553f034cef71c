package dev.maturity.probes.mlflow.runs;

import java.util.regex.Pattern;

/** What a run was for, read from what it logged: training (params and metrics) or LLM evaluation. */
public final class RunKinds {

    /** MLflow's GenAI evaluator metrics are named {@code metric/vN/aggregate}, e.g. {@code toxicity/v1/mean}. */
    private static final Pattern GENAI_METRIC = Pattern.compile("^[\\w.-]+/v\\d+/[\\w.-]+$");

    private RunKinds() {
    }

    /** A run of {@code mlflow.evaluate} with GenAI metrics. */
    public static boolean llmEvaluation(Run r) {
        return r.metricKeys().stream().anyMatch(k -> GENAI_METRIC.matcher(k).matches());
    }

    /** A finished run that logged both params and metrics, and is not an LLM evaluation. */
    public static boolean training(Run r) {
        return r.status().equals("FINISHED") && r.paramCount() > 0 && !r.metricKeys().isEmpty() && !llmEvaluation(r);
    }
}
