package dev.maturity.core.platform;

import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ScanRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One named thing to scan: any of a git repository, an MLflow server and a Kubernetes context,
 * in a platform owned by a team. Credentials are environment-variable names, never values.
 */
public record Target(String name, String platform, String team, Git git, Mlflow mlflow, Kubernetes kubernetes,
                     Duration timeout, Map<Track, Integer> thresholds) {

    /** The variable a git collector reads its token from. */
    public static final String GIT_TOKEN = "GIT_TOKEN";
    /** The variable the MLflow collector reads its token from. */
    public static final String MLFLOW_TOKEN = "MLFLOW_TRACKING_TOKEN";

    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeout, "timeout");
        thresholds = Map.copyOf(thresholds == null ? Map.of() : thresholds);
    }

    /** A git repository (path or URL) at a ref; {@code tokenEnv} names the variable holding its token. */
    public record Git(String repository, String ref, String tokenEnv) {
    }

    /** An MLflow tracking server; {@code tokenEnv} names the variable holding its token. */
    public record Mlflow(String uri, String tokenEnv) {
    }

    /** A kube context, the namespace globs to read, and optionally its own kubeconfig file (else $KUBECONFIG). */
    public record Kubernetes(String context, List<String> namespaces, String kubeconfig) {
        public Kubernetes {
            namespaces = List.copyOf(namespaces == null ? List.of() : namespaces);
        }
    }

    /**
     * The scan request for this target: its sources as options, and the process environment with
     * each configured credential variable copied to the standard name its collector reads.
     */
    public ScanRequest toRequest(Instant asOf, Map<String, String> processEnv, Path workDir) {
        List<String> gitTargets = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> env = new LinkedHashMap<>(processEnv);
        String ref = null;
        if (git != null) {
            gitTargets.add(git.repository());
            ref = git.ref();
            credential(env, processEnv, git.tokenEnv(), GIT_TOKEN);
        }
        if (mlflow != null) {
            options.put("mlflow.uri", mlflow.uri());
            credential(env, processEnv, mlflow.tokenEnv(), MLFLOW_TOKEN);
        }
        if (kubernetes != null) {
            if (kubernetes.context() != null) {
                options.put("kubernetes.context", kubernetes.context());
            }
            if (kubernetes.kubeconfig() != null) {
                env.put("KUBECONFIG", kubernetes.kubeconfig());
            }
            if (!kubernetes.namespaces().isEmpty()) {
                options.put("kubernetes.namespaces", String.join(",", kubernetes.namespaces()));
            }
        }
        return new ScanRequest(gitTargets, ref, asOf, options, env, workDir);
    }

    private static void credential(Map<String, String> env, Map<String, String> processEnv, String from, String to) {
        if (from == null) {
            return;
        }
        String value = processEnv.get(from);
        if (value == null) {
            env.remove(to);
        } else {
            env.put(to, value);
        }
    }

    /** Which sources the target names, for display: {@code git+mlflow}. */
    public String kinds() {
        List<String> k = new ArrayList<>();
        if (git != null) {
            k.add("git");
        }
        if (mlflow != null) {
            k.add("mlflow");
        }
        if (kubernetes != null) {
            k.add("kubernetes");
        }
        return String.join("+", k);
    }
}
