package dev.maturity.core.platform;

import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ScanRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    /** The ambient tracking server of single scans; a target reads only the {@code mlflow.uri} it names. */
    static final String MLFLOW_URI = "MLFLOW_TRACKING_URI";
    /** The ambient MLflow credentials: they belong to {@link #MLFLOW_URI}'s server and go to no other. */
    static final List<String> MLFLOW_CREDENTIALS = List.of(MLFLOW_TOKEN, "MLFLOW_TRACKING_USERNAME", "MLFLOW_TRACKING_PASSWORD");
    /** The kube context value that means the kubeconfig's current context. */
    public static final String CURRENT_CONTEXT = "current";

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

    /**
     * A kube context ({@code null} or {@value #CURRENT_CONTEXT}: the kubeconfig's current one, or the
     * in-cluster service account), the namespace globs to read, and optionally its own kubeconfig
     * file (else $KUBECONFIG or ~/.kube/config).
     */
    public record Kubernetes(String context, List<String> namespaces, String kubeconfig) {
        public Kubernetes {
            namespaces = List.copyOf(namespaces == null ? List.of() : namespaces);
            context = CURRENT_CONTEXT.equals(context) ? null : context;
        }
    }

    /**
     * The scan request for this target. It reads only the sources the target declares: a target
     * without {@code mlflow:} or {@code kubernetes:} never reaches the ambient tracking server or
     * cluster (those serve single scans). Its sources become options, and the process environment
     * gets each configured credential variable copied to the standard name its collector reads; the
     * ambient MLflow credentials are dropped unless the target's server is the ambient one.
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
        env.remove(MLFLOW_URI);
        if (mlflow == null || !mlflow.uri().equals(processEnv.get(MLFLOW_URI))) {
            MLFLOW_CREDENTIALS.forEach(env::remove);
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
        return new ScanRequest(gitTargets, ref, asOf, options, env, workDir).declaring(sources());
    }

    /** The ids of the collectors this target reads. */
    public Set<String> sources() {
        Set<String> s = new LinkedHashSet<>();
        if (git != null) {
            s.add("git");
        }
        if (mlflow != null) {
            s.add("mlflow");
        }
        if (kubernetes != null) {
            s.add("kubernetes");
        }
        return s;
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
        return String.join("+", sources());
    }
}
