package dev.maturity.core.spi;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to scan. {@code gitTargets} are paths or URLs; {@code options} carries source settings by
 * dotted key (for example {@code mlflow.uri}, {@code kubernetes.context}, {@code kubernetes.namespaces});
 * {@code environment} is the process environment (injectable for tests) from which collectors take
 * credentials by variable name.
 */
public record ScanRequest(List<String> gitTargets, String ref, Instant asOf, Map<String, String> options,
                          Map<String, String> environment, Path workDir) {

    public ScanRequest {
        gitTargets = List.copyOf(gitTargets == null ? List.of() : gitTargets);
        Objects.requireNonNull(asOf, "asOf");
        options = Map.copyOf(options == null ? Map.of() : options);
        environment = Map.copyOf(environment == null ? Map.of() : environment);
        workDir = workDir == null ? Path.of("").toAbsolutePath() : workDir;
    }

    public String option(String key) {
        return options.get(key);
    }

    public String env(String name) {
        return environment.get(name);
    }
}
