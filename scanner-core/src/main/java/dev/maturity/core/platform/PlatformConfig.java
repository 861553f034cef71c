package dev.maturity.core.platform;

import dev.maturity.core.model.Track;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed and validated {@code maturity.yaml}: defaults and the targets of every platform, in file order. */
public record PlatformConfig(Path file, Defaults defaults, List<Target> targets) {

    public PlatformConfig {
        targets = List.copyOf(targets);
    }

    /**
     * Settings every target shares unless it says otherwise; paths are resolved against the config's
     * folder. {@code allowFailed} is for the run as a whole: how many targets may fail or time out
     * before it exits as incomplete; {@code limits} are source limits as scan options
     * ({@code limits.source-timeout}, ...).
     */
    public record Defaults(Path rubric, Path waivers, Map<Track, Integer> thresholds, Duration timeout,
                           FailureAllowance allowFailed, Map<String, String> limits) {
        public Defaults {
            thresholds = Map.copyOf(thresholds == null ? Map.of() : thresholds);
            allowFailed = allowFailed == null ? FailureAllowance.NONE : allowFailed;
            limits = Map.copyOf(limits == null ? Map.of() : limits);
        }

        public Defaults(Path rubric, Path waivers, Map<Track, Integer> thresholds, Duration timeout) {
            this(rubric, waivers, thresholds, timeout, FailureAllowance.NONE, Map.of());
        }

        public Defaults(Path rubric, Path waivers, Map<Track, Integer> thresholds, Duration timeout,
                        FailureAllowance allowFailed) {
            this(rubric, waivers, thresholds, timeout, allowFailed, Map.of());
        }
    }

    public Optional<Target> target(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
