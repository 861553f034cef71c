package dev.maturity.core.spi;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to scan. {@code gitTargets} are paths or URLs; {@code options} carries source settings by
 * dotted key (for example {@code mlflow.uri}, {@code kubernetes.context}, {@code kubernetes.namespaces});
 * {@code environment} is the process environment (injectable for tests) from which collectors take
 * credentials by variable name. {@code parameters} are the rubric's parameters, for collectors whose
 * reading depends on them (the history walk records the rubric's ML path patterns).
 *
 * <p>{@code declared} is null for a single scan: every collector reads what the options and the
 * ambient environment configure (the current kubeconfig, {@code MLFLOW_TRACKING_URI}). A platform
 * target names its sources instead, and only the collectors of those ids read anything; the
 * others report NOT_CONFIGURED without any I/O, so one target never reads another's cluster or
 * registry through the ambient environment.
 */
public record ScanRequest(List<String> gitTargets, String ref, Instant asOf, Map<String, String> options,
                          Map<String, String> environment, Path workDir, Map<String, Object> parameters,
                          Set<String> declared) {

    public ScanRequest {
        gitTargets = List.copyOf(gitTargets == null ? List.of() : gitTargets);
        Objects.requireNonNull(asOf, "asOf");
        options = Map.copyOf(options == null ? Map.of() : options);
        environment = Map.copyOf(environment == null ? Map.of() : environment);
        workDir = workDir == null ? Path.of("").toAbsolutePath() : workDir;
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        declared = declared == null ? null : Set.copyOf(declared);
    }

    public ScanRequest(List<String> gitTargets, String ref, Instant asOf, Map<String, String> options,
                       Map<String, String> environment, Path workDir, Map<String, Object> parameters) {
        this(gitTargets, ref, asOf, options, environment, workDir, parameters, null);
    }

    public ScanRequest(List<String> gitTargets, String ref, Instant asOf, Map<String, String> options,
                       Map<String, String> environment, Path workDir) {
        this(gitTargets, ref, asOf, options, environment, workDir, Map.of(), null);
    }

    /** The same request with the rubric's parameters (path patterns, identities) that collectors may need. */
    public ScanRequest withParameters(Map<String, Object> rubricParameters) {
        return new ScanRequest(gitTargets, ref, asOf, options, environment, workDir, rubricParameters, declared);
    }

    /** The same request reading only the sources of the given collector ids (a platform target's). */
    public ScanRequest declaring(Set<String> sources) {
        return new ScanRequest(gitTargets, ref, asOf, options, environment, workDir, parameters, sources);
    }

    /** Whether the collector of this id may read: always in a single scan, else only when declared. */
    public boolean reads(String collectorId) {
        return declared == null || declared.contains(collectorId);
    }

    /** The same request with more options (added ones win over those already there); the declared sources stay. */
    public ScanRequest withOptions(Map<String, String> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(options);
        all.putAll(more);
        return new ScanRequest(gitTargets, ref, asOf, all, environment, workDir, parameters, declared);
    }

    /** The same request at another ref of the same repositories (a gate's baseline). */
    public ScanRequest atRef(String otherRef) {
        return new ScanRequest(gitTargets, otherRef, asOf, options, environment, workDir, parameters, declared);
    }

    public String option(String key) {
        return options.get(key);
    }

    public String env(String name) {
        return environment.get(name);
    }
}
