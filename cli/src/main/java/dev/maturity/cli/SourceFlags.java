package dev.maturity.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the source flags of {@code scan} and {@code audit} mean, written once for both. */
public final class SourceFlags {

    private SourceFlags() {
    }

    /** The repositories to read: those given, else the current one (unless only other sources were named outside a repository). */
    public static List<String> gitTargets(List<String> targets, String mlflow, String kubeContext, Map<String, String> env) {
        if (!targets.isEmpty()) {
            return targets;
        }
        boolean otherSources = mlflow != null || env.get("MLFLOW_TRACKING_URI") != null || kubeContext != null;
        if (otherSources && !Dates.insideGitRepository(Path.of("").toAbsolutePath())) {
            return List.of();
        }
        return List.of(".");
    }

    /** The collectors' options from the flags. */
    public static Map<String, String> options(String mlflow, String kubeContext, List<String> namespaces, LimitOptions limits) {
        Map<String, String> o = new LinkedHashMap<>();
        if (mlflow != null) {
            o.put("mlflow.uri", mlflow);
        }
        if (kubeContext != null) {
            o.put("kubernetes.context", kubeContext);
        }
        if (!namespaces.isEmpty()) {
            o.put("kubernetes.namespaces", String.join(",", namespaces));
        }
        o.putAll(limits.options());
        return o;
    }
}
