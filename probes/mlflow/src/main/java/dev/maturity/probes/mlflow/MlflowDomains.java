package dev.maturity.probes.mlflow;

import java.util.List;

/** The fact domains the MLflow collector reads; a probe names the ones it needs. */
public final class MlflowDomains {

    /** Registered models (not prompts), their versions and aliases. */
    public static final String REGISTRY = "mlflow.registry";
    /** Recent runs of active experiments, and the runs production versions come from. */
    public static final String RUNS = "mlflow.runs";
    /** The MLflow 3 prompt registry. */
    public static final String PROMPTS = "mlflow.prompts";
    /** Recent traces of active experiments. */
    public static final String TRACES = "mlflow.traces";

    public static final List<String> ALL = List.of(REGISTRY, RUNS, PROMPTS, TRACES);

    public static final String NOT_CONFIGURED = "MLflow not configured (--mlflow or MLFLOW_TRACKING_URI)";

    private MlflowDomains() {
    }
}
