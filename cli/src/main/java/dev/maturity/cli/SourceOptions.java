package dev.maturity.cli;

import dev.maturity.core.secret.Redactor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The source flags of {@code scan} and {@code audit}: which MLflow server and cluster to read, and how. */
public final class SourceOptions {

    @Option(names = "--mlflow", paramLabel = "URI", description = "MLflow tracking URI (default: $MLFLOW_TRACKING_URI).")
    String mlflow;

    @Option(names = "--kube-context", paramLabel = "CONTEXT", description = "Kubernetes context to read (default: current).")
    String kubeContext;

    @Option(names = "--namespace", paramLabel = "GLOB", description = "Kubernetes namespaces to read (globs; repeatable).")
    List<String> namespaces = new ArrayList<>();

    @Option(names = "--allow-http-credentials",
            description = "Let git credentials go to plain http:// remotes (they cross the network in clear). "
                    + "Same as MATURITY_GIT_ALLOW_HTTP_CREDENTIALS=true.")
    boolean allowHttpCredentials;

    /** The repositories to read: those given, else the current one (unless only other sources were named outside a repository). */
    List<String> gitTargets(List<String> targets, Map<String, String> env) {
        if (!targets.isEmpty()) {
            return targets;
        }
        boolean otherSources = mlflow != null || env.get("MLFLOW_TRACKING_URI") != null || kubeContext != null;
        if (otherSources && !Dates.insideGitRepository(Path.of("").toAbsolutePath())) {
            return List.of();
        }
        return List.of(".");
    }

    /** The collectors' options from the flags and the limits. */
    Map<String, String> options(LimitOptions limits) {
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

    /** The environment, with the opt-ins given as flags; its credentials are registered with the redactor. */
    Map<String, String> environment(Map<String, String> env) {
        Redactor.fromEnvironment(env);
        if (!allowHttpCredentials) {
            return env;
        }
        Map<String, String> out = new HashMap<>(env);
        out.put("MATURITY_GIT_ALLOW_HTTP_CREDENTIALS", "true");
        return out;
    }
}
